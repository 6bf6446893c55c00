namespace ProcurementInsight.Core.Broker;

/// <summary>
/// A supplier as the broker knows it: every lot it won in the harvested result notices, texts of those
/// contracts per language, and what the company register says.
/// </summary>
/// <param name="Key">The profile key: the business id (<c>1234567-8</c>), <c>id:</c> plus another published identifier, or <c>name:</c> plus the normalised name.</param>
/// <param name="BusinessId">The Finnish business id, when known.</param>
/// <param name="Name">The name the supplier most often won under (the register's name when enriched).</param>
/// <param name="Identification">How its winners were recognised as one company.</param>
/// <param name="Contracts">The lots won, newest first.</param>
/// <param name="Texts">Distinct titles and description sentences of the won contracts, by eForms language code (<c>FIN</c>, <c>SWE</c>, <c>ENG</c>).</param>
/// <param name="Register">Company register data, when the supplier has a business id and the register was asked.</param>
/// <param name="HomeRegion">The NUTS 3 region the result notices most often give as the supplier's own address (BT-507), or null.</param>
public sealed record SupplierProfile(
    string Key,
    string? BusinessId,
    string Name,
    SupplierIdentification Identification,
    IReadOnlyList<WonContract> Contracts,
    IReadOnlyDictionary<string, string> Texts,
    CompanyRegisterEntry? Register,
    string? HomeRegion = null)
{
    /// <summary>The NUTS 3 region the supplier won most of its contracts in, or null.</summary>
    public string? MainRegion => Contracts
        .Where(c => c.Region is not null)
        .GroupBy(c => c.Region!, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    /// <summary>Total euros won, over contracts whose value was published.</summary>
    public decimal TotalValue => Contracts.Sum(c => c.Value ?? 0m);
}
