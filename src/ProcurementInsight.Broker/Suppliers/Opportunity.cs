namespace ProcurementInsight.Broker.Suppliers;

/// <summary>An open need or open competition that fits a supplier, with why.</summary>
/// <param name="Kind"><c>need</c> (a buyer's need) or <c>competition</c> (a contract notice still taking tenders).</param>
/// <param name="Id">The need's id or the notice's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Buyer">The buyer organisation.</param>
/// <param name="Cpv">Its CPV code, when given.</param>
/// <param name="Region">Its NUTS region, when given.</param>
/// <param name="Deadline">The tender deadline (BT-131) of a competition.</param>
/// <param name="Score">How well it fits, 0–1: the broker's match score of this supplier for it, or for a company that never won, its line of business's share of the winners.</param>
/// <param name="Rank">Where the broker ranks this supplier among all suppliers for it (1 = first), when it has won contracts.</param>
/// <param name="MatchedTerms">Words of it that the supplier's won contracts share.</param>
/// <param name="Why">Why it fits, in the requested language.</param>
public sealed record Opportunity(
    string Kind,
    string Id,
    string Title,
    string Buyer,
    string? Cpv,
    string? Region,
    DateTimeOffset? Deadline,
    double Score,
    int? Rank,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> Why);
