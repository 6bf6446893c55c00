namespace ProcurementInsight.Core.Survey;

/// <summary>
/// Where one invitation stands in the survey design: its phase, its stratum and the probability with which
/// it was drawn. The weighted estimators divide by <see cref="InclusionProbability"/>, so it is recorded
/// when the draw is made and never recomputed.
/// </summary>
/// <param name="Phase">Flagged census or control sample.</param>
/// <param name="Stratum">The design stratum (<see cref="SurveyStrata.Of"/>): sector × CPV division × value band.</param>
/// <param name="InclusionProbability">The probability that the procedure and buyer were invited, in (0, 1]: the control stratum's rate, times the per-address cap's subsampling rate.</param>
public sealed record SurveyDesignPoint(SurveyPhase Phase, string Stratum, double InclusionProbability)
{
    /// <summary>A flagged procedure surveyed with certainty: what every invitation made before the control sample existed was.</summary>
    public static SurveyDesignPoint FlaggedCertain(string stratum) => new(SurveyPhase.Flagged, stratum, 1.0);

    /// <summary>The design weight, 1 / <see cref="InclusionProbability"/>.</summary>
    public double DesignWeight => 1.0 / InclusionProbability;
}
