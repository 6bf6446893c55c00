namespace ProcurementInsight.Broker.Suppliers;

/// <summary>What fits one company: open needs and open competitions, best first, each with why.</summary>
/// <param name="BusinessId">The company.</param>
/// <param name="Name">Its name, when a profile or the register knows it.</param>
/// <param name="Basis"><c>contracts</c> (its won contracts), <c>lineOfBusiness</c> (never won: its register line of business) or <c>none</c>.</param>
/// <param name="Summary">What the fit is based on, or why there is nothing, in the requested language.</param>
/// <param name="Needs">Open needs of buyers.</param>
/// <param name="Competitions">Contract notices whose tender deadline is still ahead.</param>
public sealed record SupplierOpportunities(
    string BusinessId,
    string? Name,
    string Basis,
    string Summary,
    IReadOnlyList<Opportunity> Needs,
    IReadOnlyList<Opportunity> Competitions);
