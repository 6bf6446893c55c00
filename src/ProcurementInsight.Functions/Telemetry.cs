using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Resources;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Functions;

/// <summary>
/// OpenTelemetry for the function app: the worker's own spans (joined to the host's through
/// <c>UseFunctionsWorkerDefaults</c>), every capability's ActivitySource, the run metrics, and logs.
/// Exports over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is (as Bicep sets it); with neither, nothing leaves the process.
/// </summary>
public static class Telemetry
{
    /// <summary>Registers OpenTelemetry as described above.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(TelemetryNames.ServiceName))
            .UseFunctionsWorkerDefaults()
            .WithTracing(t => t.AddSource(TelemetryNames.ActivitySourcePattern))
            .WithMetrics(m => m.AddMeter([.. TelemetryNames.MeterPatterns]))
            .WithLogging();
        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.OtlpEndpointSetting]))
        {
            builder.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.ApplicationInsightsSetting]))
        {
            builder.UseAzureMonitorExporter(o => o.ConnectionString = configuration[TelemetryNames.ApplicationInsightsSetting]);
        }

        return services;
    }
}
