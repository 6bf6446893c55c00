using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma;
using ProcurementInsight.Ml;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;

namespace ProcurementInsight.Cli;

/// <summary>
/// The command line's composition root: configuration (appsettings.json, then environment variables
/// such as <c>Storage__ConnectionString</c>, then command options), the same capability registrations
/// as the function app, and the bundled HILMA simulator when <c>Hilma:UseSimulator</c> is true.
/// </summary>
internal static class CliHost
{
    public static IConfiguration BuildConfiguration(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        CliTelemetry.AddTelemetry(services, configuration);
        services.AddStorage(configuration);
        services.AddHilma(configuration);
        services.AddSurvey(configuration);
        services.AddMl(configuration);
        services.AddTransient<NoticeLookup>();
        services.AddOptions<SimulatorSettings>().Bind(configuration.GetSection(SimulatorSettings.SectionName)).ValidateDataAnnotations().ValidateOnStart();
    }

    public static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        AddServices(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        CliTelemetry.Start(provider);
        return provider;
    }

    /// <summary>Starts the bundled simulator when configured to; null otherwise.</summary>
    public static async Task<IAsyncDisposable?> StartSimulatorIfConfiguredAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hilma = services.GetRequiredService<IOptions<HilmaOptions>>().Value;
        if (!hilma.UseSimulator)
        {
            return null;
        }

        var settings = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        return await SimulatorLauncher.StartAsync(settings, hilma.BaseAddress, subscriptionKey: hilma.SubscriptionKey, cancellationToken);
    }
}
