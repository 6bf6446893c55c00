using System.Diagnostics;

namespace ProcurementInsight.Survey;

/// <summary>The survey capability's tracing.</summary>
public static class SurveyTelemetry
{
    /// <summary>The activity source of survey work: <c>ProcurementInsight.Survey</c>.</summary>
    public static readonly ActivitySource ActivitySource = new("ProcurementInsight.Survey");
}
