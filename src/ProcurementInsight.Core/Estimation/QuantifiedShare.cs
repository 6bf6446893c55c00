namespace ProcurementInsight.Core.Estimation;

/// <summary>A share by count and by euros, each read by every method, for one group of procurements.</summary>
/// <param name="Procurements">Number of procurements in the group.</param>
/// <param name="Count">Share of procurements.</param>
/// <param name="Euros">Share of euros.</param>
/// <param name="ReplicatesAtOrAboveTarget">Share of bootstrap replicates in which the chosen method's count share reached the target: a measure of the interval's position, not a probability that the target is met.</param>
public sealed record QuantifiedShare(int Procurements, MethodShares Count, MethodShares Euros, double ReplicatesAtOrAboveTarget);
