using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Cli;

/// <summary>Starts the bundled HILMA simulator from the command line's settings.</summary>
internal static class SimulatorLauncher
{
    public static SimulatedCorpus CreateCorpus(SimulatorSettings settings) => new(new SimulatorCorpusOptions
    {
        Seed = settings.Seed,
        From = DateOnly.FromDateTime(settings.From.UtcDateTime),
        To = DateOnly.FromDateTime(settings.To.UtcDateTime),
        NoticesPerYear = settings.NoticesPerYear,
        NewToMarketShare = settings.NewToMarketShare,
        NewToBuyerShare = settings.NewToBuyerShare,
        SelfReportRecallState = settings.SelfReportRecallState,
        SelfReportRecallMunicipal = settings.SelfReportRecallMunicipal,
        SelfReportRecallOther = settings.SelfReportRecallOther,
        Faults = new FaultOptions { MalformedXmlRate = settings.MalformedXmlRate },
    });

    public static async Task<HilmaSimulatorServer> StartAsync(SimulatorSettings settings, Uri address, string? subscriptionKey, CancellationToken cancellationToken)
    {
        if (!address.IsLoopback)
        {
            throw new InvalidOperationException($"The simulator only listens on loopback, but Hilma:BaseAddress is {address}. Set Hilma:UseSimulator to false to harvest a real HILMA.");
        }

        var corpus = CreateCorpus(settings);
        return await HilmaSimulatorServer.StartAsync(
            corpus,
            new HilmaSimulatorOptions
            {
                Port = address.Port,
                SubscriptionKey = subscriptionKey,
                Faults = new FaultOptions { Rate429 = settings.Rate429, Rate5xx = settings.Rate5xx, SlowRate = settings.SlowRate, MalformedXmlRate = settings.MalformedXmlRate },
            },
            cancellationToken);
    }
}
