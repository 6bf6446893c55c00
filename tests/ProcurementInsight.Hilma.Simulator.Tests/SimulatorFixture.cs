namespace ProcurementInsight.Hilma.Simulator.Tests;

/// <summary>One running simulator over a two-month corpus, shared by the read-only server tests.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public static readonly SimulatorCorpusOptions CorpusOptions = new()
    {
        Seed = 42,
        From = new DateOnly(2025, 3, 1),
        To = new DateOnly(2025, 4, 30),
        CorrectedShare = 0.05,
        Faults = new FaultOptions { MalformedXmlRate = 0.01 },
    };

    public SimulatedCorpus Corpus { get; } = new(CorpusOptions);

    public HilmaSimulatorServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await HilmaSimulatorServer.StartAsync(Corpus, new HilmaSimulatorOptions(), CancellationToken.None);
        Client = new HttpClient { BaseAddress = Server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
