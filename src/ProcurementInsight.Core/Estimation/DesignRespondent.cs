using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Estimation;

/// <summary>One answered survey as the design-based estimator reads it.</summary>
/// <param name="UnitKey">The procurement's key (<see cref="ProcurementUnit.Key"/>).</param>
/// <param name="Innovative">The answer under the definition being estimated.</param>
/// <param name="InclusionProbability">The probability with which the procurement was invited (<see cref="SurveyDesignPoint.InclusionProbability"/>).</param>
/// <param name="Phase">Flagged census or control sample.</param>
public sealed record DesignRespondent(string UnitKey, bool Innovative, double InclusionProbability, SurveyPhase Phase);
