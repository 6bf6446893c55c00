using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>An estimate, or why there is none (no model trained yet, no procurements in the year).</summary>
public sealed record EstimateResult(ShareEstimate? Estimate, string? Problem)
{
    public static EstimateResult Of(ShareEstimate estimate) => new(estimate, null);

    public static EstimateResult Missing(string problem) => new(null, problem);
}
