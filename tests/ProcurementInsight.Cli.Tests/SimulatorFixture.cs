using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// An in-process HILMA simulator on an ephemeral loopback port serving a small seeded corpus: about 2,000
/// notices a year over March 2025, so a harvest of two weeks reads some seventy notices.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private HilmaSimulatorServer? _server;

    /// <summary>The corpus served.</summary>
    public SimulatedCorpus Corpus { get; } = new(new SimulatorCorpusOptions
    {
        Seed = 4711,
        From = new DateOnly(2025, 3, 1),
        To = new DateOnly(2025, 3, 31),
        NoticesPerYear = 2000,
    });

    /// <summary>Where the simulator listens.</summary>
    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("The simulator has not started.");

    /// <summary>The keys of the corpus notices published in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<string> KeysPublishedIn(DateTimeOffset from, DateTimeOffset to) =>
        [.. Corpus.Entries.Where(e => e.DatePublished >= from && e.DatePublished < to).Select(e => e.Key)];

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        _server = await HilmaSimulatorServer.StartAsync(Corpus, new HilmaSimulatorOptions { Port = 0 }, CancellationToken.None);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
