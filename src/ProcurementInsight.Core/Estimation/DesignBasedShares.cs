namespace ProcurementInsight.Core.Estimation;

/// <summary>The design-based estimate from survey answers alone (<see cref="DesignBasedEstimator"/>).</summary>
/// <param name="CountShare">Share of procurements; null when <paramref name="Problem"/> is set.</param>
/// <param name="EuroShare">Share of euros; null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why there is no design-based estimate, or null.</param>
/// <param name="Answers">Survey answers of the year used.</param>
/// <param name="ControlAnswers">Of those, answers from the control sample.</param>
/// <param name="Classes">Weighting classes after merging.</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size of the weights.</param>
public sealed record DesignBasedShares(ShareInterval? CountShare, ShareInterval? EuroShare, string? Problem, int Answers, int ControlAnswers, int Classes, double EffectiveSampleSize);
