using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class HarvestNoticesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_TimerFires_HarvestsFromTheCheckpointToNowAndRecordsTheRun()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 9, From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 20), NoticesPerYear = 2000 });
        await using var server = await HilmaSimulatorServer.StartAsync(corpus, new HilmaSimulatorOptions(), CancellationToken.None);
        var settings = azurite.NewStorageSettings();
        settings["Hilma:BaseAddress"] = server.BaseAddress.ToString();
        settings["Hilma:InitialFrom"] = "2025-02-24T00:00:00Z";
        settings["Hilma:WindowSize"] = "30.00:00:00";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProcurementInsight(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var function = ActivatorUtilities.CreateInstance<HarvestNotices>(provider);

        await function.RunAsync(new TimerInfo(), CancellationToken.None);

        var run = (await provider.GetRequiredService<IHarvestRunLog>().RecentAsync(1, CancellationToken.None)).Single();
        Assert.Equal(HarvestRunStatus.Completed, run.Status);
        Assert.Equal(new DateTimeOffset(2025, 2, 24, 0, 0, 0, TimeSpan.Zero), run.From);
        Assert.Equal(corpus.Count, run.Counts.New);
        var checkpoint = await provider.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None);
        Assert.Equal(run.To, checkpoint!.CompletedUntil);
    }
}
