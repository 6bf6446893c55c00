using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

/// <summary>
/// A harvest against the real thing: the HILMA simulator over HTTP on loopback, the production
/// client, parser and harvester, and storage in Azurite under fresh table and container names.
/// </summary>
internal sealed class HarvestScenario : IAsyncDisposable
{
    private HarvestScenario(HilmaSimulatorServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public HilmaSimulatorServer Server { get; }

    public ServiceProvider Services { get; }

    public SimulatedCorpus Corpus => Server.Corpus;

    public NoticeHarvester Harvester => Services.GetRequiredService<NoticeHarvester>();

    public INoticeStore Store => Services.GetRequiredService<INoticeStore>();

    public static async Task<HarvestScenario> StartAsync(
        AzuriteFixture azurite,
        SimulatorCorpusOptions corpus,
        HilmaSimulatorOptions? server = null,
        IDictionary<string, string?>? settings = null)
    {
        var simulator = await HilmaSimulatorServer.StartAsync(new SimulatedCorpus(corpus), server ?? new HilmaSimulatorOptions(), CancellationToken.None);
        var provider = await ServicesAsync(azurite, simulator.BaseAddress, server?.SubscriptionKey, settings);
        return new HarvestScenario(simulator, provider);
    }

    /// <summary>The production services against any HILMA at <paramref name="baseAddress"/>, storage initialised.</summary>
    public static async Task<ServiceProvider> ServicesAsync(
        AzuriteFixture azurite,
        Uri baseAddress,
        string? subscriptionKey = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = azurite.NewStorageSettings();
        values["Hilma:BaseAddress"] = baseAddress.ToString();
        values["Hilma:SubscriptionKey"] = subscriptionKey;
        values["Hilma:RetryBaseDelay"] = "00:00:00.010";
        values["Hilma:AttemptTimeout"] = "00:00:10";
        values["Hilma:WindowSize"] = "7.00:00:00";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(configuration);
        services.AddHilma(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return provider;
    }

    /// <summary>Every stored notice by key.</summary>
    public async Task<Dictionary<string, StoredNotice>> StoredAsync()
    {
        var stored = new Dictionary<string, StoredNotice>(StringComparer.Ordinal);
        await foreach (var notice in Store.ListAsync(CancellationToken.None))
        {
            Assert.True(stored.TryAdd(notice.Notice.Key, notice), $"{notice.Notice.Key} listed twice");
        }

        return stored;
    }

    /// <summary>The keys of corpus notices published in [from, to).</summary>
    public IReadOnlySet<string> CorpusKeys(DateTimeOffset from, DateTimeOffset to) =>
        Corpus.Entries.Where(e => e.DatePublished >= from && e.DatePublished < to).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
