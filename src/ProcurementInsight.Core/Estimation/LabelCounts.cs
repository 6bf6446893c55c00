namespace ProcurementInsight.Core.Estimation;

/// <summary>Where the labels behind an estimate came from: the classifier's training data, all years harvested.</summary>
/// <param name="Surveyed">Procurements whose buyer was surveyed (answered or not).</param>
/// <param name="SurveyAnswers">Of those, the answered ones: the labels the correction rates come from.</param>
/// <param name="SurveyPositive">Survey answers innovative under the definition.</param>
/// <param name="WeakLabels">Training labels taken from the buyer's own HILMA answers (no survey answer).</param>
/// <param name="CalibrationSource"><c>survey</c> when the correction rates come from survey answers, <c>self-report</c> when only HILMA answers were available.</param>
public sealed record LabelCounts(int Surveyed, int SurveyAnswers, int SurveyPositive, int WeakLabels, string CalibrationSource);
