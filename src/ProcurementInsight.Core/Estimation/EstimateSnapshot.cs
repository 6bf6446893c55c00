namespace ProcurementInsight.Core.Estimation;

/// <summary>An estimate as published on one day, so the share over time is a series.</summary>
/// <param name="Date">The publication day (UTC).</param>
/// <param name="Estimate">The estimate.</param>
public sealed record EstimateSnapshot(DateOnly Date, ShareEstimate Estimate);
