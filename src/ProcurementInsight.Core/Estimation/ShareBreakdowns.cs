namespace ProcurementInsight.Core.Estimation;

/// <summary>The share broken down four ways, each by the estimate's method.</summary>
/// <param name="Quarter">By quarter of the first publication.</param>
/// <param name="Sector">By the buyer's sector (state, municipal, other, unknown).</param>
/// <param name="CpvDivision">By main CPV division.</param>
/// <param name="Nuts3">By the buyer's NUTS 3 region.</param>
public sealed record ShareBreakdowns(
    IReadOnlyList<GroupShare> Quarter,
    IReadOnlyList<GroupShare> Sector,
    IReadOnlyList<GroupShare> CpvDivision,
    IReadOnlyList<GroupShare> Nuts3);
