using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;
using Xunit.Abstractions;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// A harvest process killed at any point and started again loses nothing and duplicates nothing.
/// The real command line runs as a child process against the simulator and Azurite; it is killed
/// (the whole process tree, no chance to clean up) at several points while it writes, then run to
/// the end, and what is stored is compared with the corpus row by row.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class HarvestKillTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Harvest_KilledRepeatedlyThenRestarted_StoresEveryNoticeExactlyOnce()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions
        {
            Seed = 77,
            From = new DateOnly(2025, 3, 1),
            To = new DateOnly(2025, 4, 30),
            NoticesPerYear = 6000,
            Faults = new FaultOptions { MalformedXmlRate = 0.01 },
        });
        await using var server = await HilmaSimulatorServer.StartAsync(corpus, new HilmaSimulatorOptions(), CancellationToken.None);
        var settings = azurite.NewStorageSettings();
        settings["Hilma:UseSimulator"] = "false";
        settings["Hilma:BaseAddress"] = server.BaseAddress.ToString();
        settings["Hilma:WindowSize"] = "1.00:00:00";
        settings["Hilma:StoreParallelism"] = "4";
        var from = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        string[] args = ["harvest", "--from", "2025-03-01", "--to", "2025-05-01", "--quiet"];
        var raw = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(settings["Storage:RawNoticeContainer"]);
        var expectedStored = corpus.Entries.Where(e => e.DatePublished >= from && e.DatePublished < to).Select(e => e.Key).Except(corpus.MalformedKeys).ToHashSet(StringComparer.Ordinal);

        // Kill while notices are being written: after 40, 250 and 600 raw payloads are archived.
        foreach (var killAt in new[] { 40, 250, 600 })
        {
            using var harvest = StartHarvest(args, settings);
            harvest.BeginOutputReadLine();
            harvest.BeginErrorReadLine();
            await WaitUntilAsync(async () => await CountBlobsAsync(raw) >= killAt || harvest.HasExited);
            Assert.False(harvest.HasExited, $"the harvest ended before {killAt} notices were archived");
            harvest.Kill(entireProcessTree: true);
            await harvest.WaitForExitAsync();
            output.WriteLine($"killed at {await CountBlobsAsync(raw)} archived payloads (wanted {killAt})");
        }

        using var final = StartHarvest(args, settings);
        var errorRead = final.StandardError.ReadToEndAsync();
        var finalOutput = await final.StandardOutput.ReadToEndAsync();
        var error = await errorRead;
        await final.WaitForExitAsync();

        Assert.True(final.ExitCode == 0, $"exit {final.ExitCode}: {error}");
        Assert.Contains("completed", finalOutput, StringComparison.Ordinal);
        await using var services = BuildServices(settings);
        var stored = new Dictionary<string, StoredNotice>(StringComparer.Ordinal);
        await foreach (var notice in services.GetRequiredService<INoticeStore>().ListAsync(CancellationToken.None))
        {
            Assert.True(stored.TryAdd(notice.Notice.Key, notice), $"{notice.Notice.Key} listed twice");
        }

        Assert.Equal(expectedStored.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        var quarantined = new List<string>();
        await foreach (var q in services.GetRequiredService<IQuarantine>().ListAsync(CancellationToken.None))
        {
            quarantined.Add(q.Key);
        }

        var expectedQuarantined = corpus.MalformedKeys.Where(k => corpus.Entries.Any(e => e.Key == k && e.DatePublished >= from && e.DatePublished < to));
        Assert.Equal(expectedQuarantined.Order(StringComparer.Ordinal), quarantined.Order(StringComparer.Ordinal));

        // Nothing duplicated: one raw payload per notice, and exactly the rows each stored version needs.
        var blobs = new List<string>();
        await foreach (var blob in raw.GetBlobsAsync(cancellationToken: CancellationToken.None))
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal(stored.Count + quarantined.Count, blobs.Count);
        Assert.Equal(blobs.Count, blobs.Select(b => b.Split('/')[0]).Distinct(StringComparer.Ordinal).Count());
        var parser = new EFormsNoticeParser();
        var entries = corpus.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach (var (key, notice) in stored)
        {
            var expected = parser.Parse(corpus.EFormBytes(entries[key])).Notice!;
            Assert.Equal(expected.Lots.Select(l => l.LotId), notice.Notice.Lots.Select(l => l.LotId));
            Assert.Equal(expected.Winners.Count, notice.Notice.Winners.Count);
        }

        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(services.GetRequiredService<StorageLayout>().Notices);
        var rows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: CancellationToken.None))
        {
            rows++;
        }

        Assert.Equal(stored.Values.Sum(s => 1 + s.Notice.Lots.Count + s.Notice.Winners.Count), rows);
        var checkpoint = await services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None);
        Assert.Equal(to, checkpoint!.CompletedUntil);
        var runs = await services.GetRequiredService<IHarvestRunLog>().RecentAsync(10, CancellationToken.None);
        Assert.Equal(4, runs.Count);
        Assert.Equal(HarvestRunStatus.Completed, runs[0].Status);
        // Each killed run is marked abandoned by the run that started after it, never left "Running".
        Assert.All(runs.Skip(1), r => Assert.Equal(HarvestRunStatus.Abandoned, r.Status));
    }

    private static Process StartHarvest(string[] args, IReadOnlyDictionary<string, string?> settings) => CliProcess.Start(args, settings);

    private static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<int> CountBlobsAsync(BlobContainerClient container)
    {
        if (!await container.ExistsAsync())
        {
            return 0;
        }

        var count = 0;
        await foreach (var page in container.GetBlobsAsync().AsPages(pageSizeHint: 5000))
        {
            count += page.Values.Count;
        }

        return count;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Deadline, "timed out waiting for the harvest");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}
