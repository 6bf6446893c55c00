using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Cli.Failures;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Cli;

/// <summary>Starts the bundled HILMA simulator from the command line's settings.</summary>
internal static class SimulatorLauncher
{
    /// <summary>The corpus every command builds from the settings: the same settings give the same corpus.</summary>
    public static SimulatedCorpus CreateCorpus(IServiceProvider services) => CreateCorpus(
        services.GetRequiredService<IOptions<SimulatorSettings>>().Value,
        services.GetRequiredService<IOptions<FaultOptions>>().Value);

    /// <summary>The corpus of <paramref name="settings"/>; of the faults only <see cref="FaultOptions.MalformedXmlRate"/> shapes it.</summary>
    public static SimulatedCorpus CreateCorpus(SimulatorSettings settings, FaultOptions faults) => new(new SimulatorCorpusOptions
    {
        Seed = settings.Seed,
        From = DateOnly.FromDateTime(settings.From.UtcDateTime),
        To = settings.LastDay,
        NoticesPerYear = settings.NoticesPerYear,
        NewToMarketShare = settings.NewToMarketShare,
        NewToBuyerShare = settings.NewToBuyerShare,
        SelfReportRecallState = settings.SelfReportRecallState,
        SelfReportRecallMunicipal = settings.SelfReportRecallMunicipal,
        SelfReportRecallOther = settings.SelfReportRecallOther,
        Faults = faults,
    });

    /// <summary>
    /// Serves the corpus at <paramref name="address"/> with the configured faults (section <see cref="FaultOptions.SectionName"/>),
    /// rate limit and statistics shape.
    /// </summary>
    /// <exception cref="CommandLineException">The address is not on loopback, or another process holds its port.</exception>
    public static async Task<HilmaSimulatorServer> StartAsync(SimulatorSettings settings, FaultOptions faults, Uri address, string? subscriptionKey, CancellationToken cancellationToken)
    {
        RequireLoopback(address, "Hilma", "HILMA");
        var corpus = CreateCorpus(settings, faults);
        var options = new HilmaSimulatorOptions
        {
            Port = address.Port,
            SubscriptionKey = subscriptionKey,
            RequestsPerMinute = settings.RequestsPerMinute,
            StatisticsShape = settings.StatisticsShape,
            Faults = faults,
            FaultSeed = settings.FaultSeed,
        };
        return await ListenAsync(address, "Hilma", "HILMA", token => HilmaSimulatorServer.StartAsync(corpus, options, token), cancellationToken);
    }

    /// <summary>Refuses an address a bundled simulator cannot serve: it only listens on loopback.</summary>
    /// <param name="address">The configured base address.</param>
    /// <param name="section">The settings section (<c>Hilma</c>, <c>Prh</c>).</param>
    /// <param name="what">What is simulated, for the message.</param>
    public static void RequireLoopback(Uri address, string section, string what)
    {
        if (!address.IsAbsoluteUri || !address.IsLoopback)
        {
            throw new CommandLineException(
                ExitCodes.BadConfiguration,
                $"The bundled {what} simulator only listens on loopback, but {section}__BaseAddress is '{address}'. Use an address such as http://127.0.0.1:{(section == "Prh" ? 7481 : 7480)}/, or set {section}__UseSimulator=false to use the real service.");
        }
    }

    /// <summary>Starts a simulator, telling the user plainly when its port is taken.</summary>
    public static async Task<T> ListenAsync<T>(Uri address, string section, string what, Func<CancellationToken, Task<T>> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            return await start(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            throw new CommandLineException(
                ExitCodes.Unavailable,
                $"Port {address.Port} on 127.0.0.1 is taken by another process, so the bundled {what} simulator cannot listen at {section}__BaseAddress ({address}). Stop that process, set {section}__BaseAddress to a free port, or set {section}__UseSimulator=false to use the {what} API already listening there.",
                ex);
        }
    }
}
