namespace ProcurementInsight.Core.Estimation;

/// <summary>The innovative share of one year under one definition: what analysts read.</summary>
/// <param name="Year">The year of first publication.</param>
/// <param name="Definition">The definition (<see cref="ShareDefinitions.Name"/>).</param>
/// <param name="CountShare">Share of procurements, by <paramref name="Method"/>.</param>
/// <param name="EuroShare">Share of euros, by <paramref name="Method"/>.</param>
/// <param name="Method">The method behind the headline shares: <c>cc</c>, <c>acc</c> or <c>pacc</c>.</param>
/// <param name="MethodDescription">The method in plain words, with the non-response correction.</param>
/// <param name="Target">The government's target share (0.10).</param>
/// <param name="ProbabilityTargetMet">Share of bootstrap replicates whose count share reached the target.</param>
/// <param name="Procurements">Number of procurements counted.</param>
/// <param name="ValueCoverage">Share of procurements with a known value.</param>
/// <param name="ImputedEuroShare">Share of the euros that were imputed.</param>
/// <param name="Labels">Where the labels came from.</param>
/// <param name="ByCount">Share of procurements by every method, for comparison (CC beside ACC and PACC).</param>
/// <param name="ByEuros">Share of euros by every method.</param>
/// <param name="Breakdowns">The headline shares by quarter, sector, CPV division and region.</param>
/// <param name="ModelVersion">The classifier version that scored the procurements.</param>
/// <param name="ComputedAt">When the estimate was computed.</param>
public sealed record ShareEstimate(
    int Year,
    string Definition,
    ShareInterval CountShare,
    ShareInterval EuroShare,
    string Method,
    string MethodDescription,
    double Target,
    double ProbabilityTargetMet,
    int Procurements,
    double ValueCoverage,
    double ImputedEuroShare,
    LabelCounts Labels,
    MethodShares ByCount,
    MethodShares ByEuros,
    ShareBreakdowns Breakdowns,
    string ModelVersion,
    DateTimeOffset ComputedAt);
