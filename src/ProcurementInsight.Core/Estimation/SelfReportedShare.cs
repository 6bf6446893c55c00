namespace ProcurementInsight.Core.Estimation;

/// <summary>The share the buyers reported themselves in HILMA, under a definition: a count of flags, with no interval because it is not a sample.</summary>
/// <param name="Count">Share of procurements flagged.</param>
/// <param name="Euros">Share of euros in flagged procurements.</param>
/// <param name="WithAnswers">Share of procurements whose notices carry any HILMA innovation answer or eForms code at all.</param>
public sealed record SelfReportedShare(double Count, double Euros, double WithAnswers);
