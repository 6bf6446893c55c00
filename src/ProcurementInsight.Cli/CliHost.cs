using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Cli.Failures;
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
        services.AddOptions<FaultOptions>().Bind(configuration.GetSection(FaultOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>The services of a command; <paramref name="extra"/> adds what only that command needs.</summary>
    public static ServiceProvider BuildServices(IConfiguration configuration, Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        AddServices(services, configuration);
        extra?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            ValidateSettings(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        CliTelemetry.Start(provider);
        return provider;
    }

    /// <summary>
    /// Validates every options class registered with <c>ValidateOnStart</c> now, as the function app does when it
    /// starts: a bad setting fails the command before it does anything, naming the setting, even when this command
    /// would not have read it.
    /// </summary>
    public static void ValidateSettings(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>
    /// Checks that storage answers, quickly and once (the storage clients' own retries would take many seconds to
    /// give up), then creates the tables, containers and queues that are missing.
    /// </summary>
    /// <exception cref="CommandLineException">Storage cannot be reached or refuses the credentials.</exception>
    public static async Task InitializeStorageAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await StorageReachability.CheckAsync(services, cancellationToken);
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
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

        SimulatorLauncher.RequireLoopback(prh.BaseAddress, "Prh", "register");
        var settings = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        return await SimulatorLauncher.ListenAsync(
            prh.BaseAddress,
            "Prh",
            "register",
            token => PrhSimulatorServer.StartAsync(new OrganisationPopulation(settings.Seed), new PrhSimulatorOptions { Port = prh.BaseAddress.Port, Seed = settings.Seed }, token),
            cancellationToken);
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
        var faults = services.GetRequiredService<IOptions<FaultOptions>>().Value;
        return await SimulatorLauncher.StartAsync(settings, faults, hilma.BaseAddress, subscriptionKey: hilma.SubscriptionKey, cancellationToken);
    }
}
