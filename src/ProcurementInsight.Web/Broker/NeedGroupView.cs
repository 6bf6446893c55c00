namespace ProcurementInsight.Web.Broker;

/// <summary>Open needs of one region and CPV division on the broker view, with the suppliers who could answer them.</summary>
/// <param name="Region">The NUTS region, or empty for needs without one.</param>
/// <param name="Division">The CPV division (two digits), or empty.</param>
/// <param name="Needs">The needs, oldest first.</param>
/// <param name="Suppliers">Suppliers for the group's needs together.</param>
public sealed record NeedGroupView(string Region, string Division, IReadOnlyList<NeedView> Needs, MatchesView Suppliers);
