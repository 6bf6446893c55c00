using Azure.Identity;
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
/// <c>UseFunctionsWorkerDefaults</c>), every capability's ActivitySource, outgoing HTTP and Azure SDK calls
/// (<see cref="TelemetryNames.TraceSources"/>), the run metrics, and logs. Exports over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is (as Bicep sets it), as the managed identity that
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> names (local authentication is off on the component);
/// with neither, nothing leaves the process.
/// </summary>
public static class Telemetry
{
    /// <summary>Registers OpenTelemetry as described above.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        TelemetryNames.EnableAzureSdkTracing();
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(TelemetryNames.ServiceName))
            .UseFunctionsWorkerDefaults()
            .WithTracing(t => t.AddSource([.. TelemetryNames.TraceSources]))
            .WithMetrics(m => m.AddMeter([.. TelemetryNames.MeterPatterns]))
            .WithLogging();
        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.OtlpEndpointSetting]))
        {
            builder.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration[TelemetryNames.ApplicationInsightsSetting]))
        {
            builder.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = configuration[TelemetryNames.ApplicationInsightsSetting];
                if (TelemetryNames.UsesEntraId(configuration[TelemetryNames.ApplicationInsightsAuthenticationSetting], out var clientId))
                {
                    o.Credential = new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        }

        return services;
    }
}
