using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Simulator;
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
        services.AddBroker(configuration);
        services.AddTransient<NoticeLookup>();
        services.AddOptions<SimulatorSettings>().Bind(configuration.GetSection(SimulatorSettings.SectionName)).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>The services of a command; <paramref name="extra"/> adds what only that command needs.</summary>
    public static ServiceProvider BuildServices(IConfiguration configuration, Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        AddServices(services, configuration);
        extra?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        CliTelemetry.Start(provider);
        return provider;
    }

    /// <summary>
    /// Starts the bundled company register (PRH) simulator when <c>Prh:UseSimulator</c> is true: it serves the
    /// Finnish suppliers of the HILMA simulator's population (same seed), so enrichment works offline.
    /// </summary>
    public static async Task<IAsyncDisposable?> StartRegisterSimulatorIfConfiguredAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var prh = services.GetRequiredService<IOptions<PrhOptions>>().Value;
        if (!prh.UseSimulator)
        {
            return null;
        }

        if (!prh.BaseAddress.IsLoopback)
        {
            throw new InvalidOperationException($"The register simulator only listens on loopback, but Prh:BaseAddress is {prh.BaseAddress}. Set Prh:UseSimulator to false to use the real register.");
        }

        var settings = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        return await PrhSimulatorServer.StartAsync(new OrganisationPopulation(settings.Seed), new PrhSimulatorOptions { Port = prh.BaseAddress.Port, Seed = settings.Seed }, cancellationToken);
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
