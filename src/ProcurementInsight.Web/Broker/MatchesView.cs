namespace ProcurementInsight.Web.Broker;

/// <summary>Ranked established suppliers and the potential supplier field for one need (or one group of needs).</summary>
/// <param name="Matches">The established suppliers, best first.</param>
/// <param name="SmallOrFirstTimeShare">The share of them that are small or first-time suppliers (0–1).</param>
/// <param name="Field">The potential supplier field.</param>
public sealed record MatchesView(IReadOnlyList<MatchView> Matches, double SmallOrFirstTimeShare, FieldView Field);
