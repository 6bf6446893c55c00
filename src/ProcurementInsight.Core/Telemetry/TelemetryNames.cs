namespace ProcurementInsight.Core.Telemetry;

/// <summary>
/// The names both hosts give OpenTelemetry, so traces and metrics from the function app and from
/// <c>procurement-insight serve</c> look the same to whoever reads them.
/// </summary>
public static class TelemetryNames
{
    /// <summary>The <c>service.name</c> resource attribute: <c>procurement-insight</c>.</summary>
    public const string ServiceName = "procurement-insight";

    /// <summary>Every capability's <c>ActivitySource</c> (one per project, named after it) matches this pattern.</summary>
    public const string ActivitySourcePattern = "ProcurementInsight.*";

    /// <summary>Meters the hosts export: <see cref="RunMetrics.MeterName"/> and any capability meter below it.</summary>
    public static IReadOnlyList<string> MeterPatterns { get; } = [RunMetrics.MeterName, RunMetrics.MeterName + ".*"];

    /// <summary>The setting that turns on the OTLP exporter (standard OpenTelemetry variable).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The setting that turns on the Azure Monitor (Application Insights) exporter.</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
}
