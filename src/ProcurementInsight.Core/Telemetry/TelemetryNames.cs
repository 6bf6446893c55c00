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

    /// <summary>
    /// Every trace source the hosts export: the capabilities' own (<see cref="ActivitySourcePattern"/>), outgoing
    /// HTTP calls (<c>System.Net.Http</c>, the runtime's own client spans: HILMA, PRH) and the Azure SDK's
    /// (<c>Azure.*</c>: Table, Blob and Queue storage), so a job's spans show the calls it made beneath them.
    /// </summary>
    public static IReadOnlyList<string> TraceSources { get; } = [ActivitySourcePattern, "System.Net.Http", "Azure.*"];

    /// <summary>
    /// The Azure SDK emits its <c>Azure.*</c> activity sources only behind this switch (its tracing through
    /// ActivitySource is still marked experimental); hosts turn it on with <see cref="EnableAzureSdkTracing"/>.
    /// </summary>
    public const string AzureSdkActivitySwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>Turns on the Azure SDK's activity sources for this process.</summary>
    public static void EnableAzureSdkTracing() => AppContext.SetSwitch(AzureSdkActivitySwitch, true);

    /// <summary>
    /// The setting that makes Application Insights take telemetry as a Microsoft Entra identity instead of the
    /// connection string's key: <c>Authorization=AAD</c>, with <c>ClientId=…</c> for a user-assigned identity.
    /// </summary>
    public const string ApplicationInsightsAuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// Reads <see cref="ApplicationInsightsAuthenticationSetting"/>: true when it asks for Entra ID
    /// (<c>Authorization=AAD</c>), with the user-assigned identity's client id when it names one.
    /// </summary>
    public static bool UsesEntraId(string? authenticationString, out string? clientId)
    {
        clientId = null;
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return false;
        }

        var aad = false;
        foreach (var part in authenticationString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                aad = pair[1].Equals("AAD", StringComparison.OrdinalIgnoreCase);
            }
            else if (pair.Length == 2 && pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase) && pair[1].Length > 0)
            {
                clientId = pair[1];
            }
        }

        return aad;
    }

    /// <summary>Meters the hosts export: <see cref="RunMetrics.MeterName"/> and any capability meter below it.</summary>
    public static IReadOnlyList<string> MeterPatterns { get; } = [RunMetrics.MeterName, RunMetrics.MeterName + ".*"];

    /// <summary>The setting that turns on the OTLP exporter (standard OpenTelemetry variable).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The setting that turns on the Azure Monitor (Application Insights) exporter.</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
}
