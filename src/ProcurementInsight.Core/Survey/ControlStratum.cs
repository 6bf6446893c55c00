namespace ProcurementInsight.Core.Survey;

/// <summary>One stratum of a control allocation.</summary>
/// <param name="Stratum">The stratum key (<see cref="SurveyStrata.Of"/>).</param>
/// <param name="Units">Unflagged procurements of the stratum in the reference year (N_h), as observed.</param>
/// <param name="Rate">The probability with which an unflagged procedure of the stratum is drawn.</param>
/// <param name="ExpectedSample">The procedures the stratum is expected to contribute in a year: rate × N_h × the allocation's population scale.</param>
public sealed record ControlStratum(string Stratum, int Units, double Rate, double ExpectedSample);
