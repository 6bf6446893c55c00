using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Cli;

/// <summary>
/// OpenTelemetry for the command line and <c>serve</c>, with the function app's names (see
/// <see cref="TelemetryNames"/>): every capability's ActivitySource, outgoing HTTP and Azure SDK calls, and
/// the run metrics. Exports over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is; with neither, nothing leaves the process.
/// </summary>
internal static class CliTelemetry
{
    public static void AddTelemetry(IServiceCollection services, IConfiguration configuration)
    {
        TelemetryNames.EnableAzureSdkTracing();
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(TelemetryNames.ServiceName))
            .WithTracing(t => t.AddSource([.. TelemetryNames.TraceSources]))
            .WithMetrics(m => m.AddMeter([.. TelemetryNames.MeterPatterns]));
        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.OtlpEndpointSetting]))
        {
            builder.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.ApplicationInsightsSetting]))
        {
            builder.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = configuration[TelemetryNames.ApplicationInsightsSetting];
                if (TelemetryNames.UsesEntraId(configuration[TelemetryNames.ApplicationInsightsAuthenticationSetting], out _))
                {
                    // A workstation sends as whoever is signed in (az login); it needs Monitoring Metrics Publisher.
                    o.Credential = new DefaultAzureCredential();
                }
            });
        }
    }

    /// <summary>
    /// Outside a generic host nothing starts the providers; a one-shot command resolves them so its run
    /// is measured, and disposing the service provider flushes them.
    /// </summary>
    public static void Start(IServiceProvider services)
    {
        _ = services.GetService<TracerProvider>();
        _ = services.GetService<MeterProvider>();
    }
}
