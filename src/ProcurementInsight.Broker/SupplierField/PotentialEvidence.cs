namespace ProcurementInsight.Broker.SupplierField;

/// <summary>The counts behind a potential supplier, and the same in plain words in Finnish, Swedish and English.</summary>
/// <param name="LineShare">Share of the contracts like this (same CPV group, else division) won by companies of its line of business.</param>
/// <param name="LineContractsInRegion">Contracts like this won by companies of its line of business in the need's region.</param>
/// <param name="LineContracts">Contracts like this won by companies of its line of business anywhere.</param>
/// <param name="CpvBasis">The CPV group or division the counts are for (e.g. <c>909</c> or <c>90</c>).</param>
/// <param name="InNeedRegion">The company's town lies in the need's region.</param>
/// <param name="Because">The evidence in plain words, by language (<c>fi</c>, <c>sv</c>, <c>en</c>).</param>
public sealed record PotentialEvidence(
    double LineShare,
    int LineContractsInRegion,
    int LineContracts,
    string CpvBasis,
    bool InNeedRegion,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Because);
