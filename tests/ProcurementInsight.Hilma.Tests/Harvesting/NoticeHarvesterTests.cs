using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Api;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

[Collection(AzuriteFixture.CollectionName)]
public sealed partial class NoticeHarvesterTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset From = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2025, 3, 17, 0, 0, 0, TimeSpan.Zero);

    private static SimulatorCorpusOptions Corpus(int seed = 11, FaultOptions? faults = null) => new()
    {
        Seed = seed,
        From = new DateOnly(2025, 3, 1),
        To = new DateOnly(2025, 3, 31),
        NoticesPerYear = 4000,
        Faults = faults ?? FaultOptions.None,
    };

    [Fact]
    public async Task HarvestAsync_TwoWeeks_StoresEveryNoticeOnceWithItsRawXml()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        var expected = scenario.CorpusKeys(From, To);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        var stored = await scenario.StoredAsync();
        Assert.True(expected.Count > 100, $"corpus too small: {expected.Count}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new HarvestCounts(expected.Count, expected.Count, 0, 0, 0), run.Counts);
        Assert.Equal(HarvestRunStatus.Completed, run.Status);
        var archive = scenario.Services.GetRequiredService<IRawNoticeArchive>();
        var sample = stored.Values.OrderBy(s => s.Notice.Key, StringComparer.Ordinal).First();
        var raw = await archive.ReadAsync(sample.Revision.RawLocation, CancellationToken.None);
        var entry = scenario.Corpus.Entries.Single(e => e.Key == sample.Notice.Key);
        Assert.Equal(scenario.Corpus.EFormBytes(entry), raw!.Content.ToArray());
        Assert.Equal([sample.Revision.RawLocation], await archive.ListVersionsAsync(sample.Notice.Key, CancellationToken.None));
    }

    [Fact]
    public async Task HarvestAsync_EarlierRunStillRecordedRunning_IsMarkedAbandoned()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        var runLog = scenario.Services.GetRequiredService<IHarvestRunLog>();
        var killed = new HarvestRun("killed-run", From, From, To, HarvestRunStatus.Running, HarvestCounts.Zero, null, null);
        await runLog.RecordAsync(killed, CancellationToken.None);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, From.AddDays(1)), null, CancellationToken.None);

        var runs = await runLog.RecentAsync(5, CancellationToken.None);
        var abandoned = Assert.Single(runs, r => r.RunId == killed.RunId);
        Assert.Equal(HarvestRunStatus.Abandoned, abandoned.Status);
        Assert.Contains(run.RunId, abandoned.Error, StringComparison.Ordinal);
        Assert.Equal(HarvestRunStatus.Completed, Assert.Single(runs, r => r.RunId == run.RunId).Status);
    }

    [Fact]
    public async Task HarvestAsync_SameRangeTwice_SecondRunChangesNothing()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        var first = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        var second = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.Equal(new HarvestCounts(first.Counts.Fetched, 0, 0, first.Counts.Fetched, 0), second.Counts);
        Assert.Equal(first.Counts.Fetched, (await scenario.StoredAsync()).Count);
        var runs = await scenario.Services.GetRequiredService<IHarvestRunLog>().RecentAsync(5, CancellationToken.None);
        Assert.Equal([second.RunId, first.RunId], runs.Select(r => r.RunId));
    }

    [Fact]
    public async Task HarvestAsync_MalformedNotices_AreQuarantinedWithRawAndTheRunGoesOn()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(seed: 5, new FaultOptions { MalformedXmlRate = 0.05 }));
        var inRange = scenario.CorpusKeys(From, To);
        var malformed = scenario.Corpus.MalformedKeys.Where(inRange.Contains).ToHashSet(StringComparer.Ordinal);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.NotEmpty(malformed);
        Assert.Equal(malformed.Count, run.Counts.Quarantined);
        Assert.Equal(inRange.Count - malformed.Count, run.Counts.New);
        var quarantined = new List<QuarantinedNotice>();
        await foreach (var q in scenario.Services.GetRequiredService<IQuarantine>().ListAsync(CancellationToken.None))
        {
            quarantined.Add(q);
        }

        Assert.Equal(malformed.Order(StringComparer.Ordinal), quarantined.Select(q => q.Key).Order(StringComparer.Ordinal));
        Assert.All(quarantined, q => Assert.False(string.IsNullOrWhiteSpace(q.Reason)));
        Assert.All(quarantined, q => Assert.NotNull(q.RawLocation));
        Assert.Equal(inRange.Except(malformed).Order(StringComparer.Ordinal), (await scenario.StoredAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HarvestAsync_TransientFaults_AreRetriedUntilEverythingIsStored()
    {
        var faults = new FaultOptions { Rate429 = 0.2, Rate5xx = 0.2 };
        await using var scenario = await HarvestScenario.StartAsync(
            azurite,
            Corpus(),
            new HilmaSimulatorOptions { Faults = faults, FaultSeed = 3 },
            new Dictionary<string, string?> { ["Hilma:ReadBatchSize"] = "10", ["Hilma:MaxRetries"] = "10" });
        var expected = scenario.CorpusKeys(From, To);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.Equal(expected.Count, run.Counts.New);
        Assert.True(scenario.Server.Statistics.Throttled > 0, $"no 429 was sent: {scenario.Server.Statistics.Requests} requests, {scenario.Server.Statistics.ServerErrors} 5xx");
        Assert.True(scenario.Server.Statistics.ServerErrors > 0, "no 5xx was sent");
        Assert.Equal(expected.Count, (await scenario.StoredAsync()).Count);
    }

    [Fact]
    public async Task HarvestAsync_RefusedSubscriptionKey_StopsWithAClearErrorAndRecordsTheFailure()
    {
        await using var scenario = await HarvestScenario.StartAsync(
            azurite,
            Corpus(),
            new HilmaSimulatorOptions { SubscriptionKey = "the-right-key" },
            new Dictionary<string, string?> { ["Hilma:SubscriptionKey"] = "a-wrong-key" });

        var error = await Assert.ThrowsAsync<HilmaAccessDeniedException>(() => scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None));

        Assert.Contains("Hilma:SubscriptionKey", error.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.Status);
        var last = (await scenario.Services.GetRequiredService<IHarvestRunLog>().RecentAsync(1, CancellationToken.None)).Single();
        Assert.Equal(HarvestRunStatus.Failed, last.Status);
        Assert.Null(await scenario.Services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None));
        Assert.Empty(await scenario.StoredAsync());
    }

    [Fact]
    public async Task HarvestAsync_Cancelled_RecordsTheRunAsCancelledAndKeepsCompletedWindows()
    {
        await using var scenario = await HarvestScenario.StartAsync(
            azurite,
            Corpus(),
            settings: new Dictionary<string, string?> { ["Hilma:WindowSize"] = "1.00:00:00" });
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.WindowsDone == 3)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), progress, cancellation.Token));

        var last = (await scenario.Services.GetRequiredService<IHarvestRunLog>().RecentAsync(1, CancellationToken.None)).Single();
        Assert.Equal(HarvestRunStatus.Cancelled, last.Status);
        var checkpoint = await scenario.Services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None);
        Assert.Equal(From.AddDays(3), checkpoint!.CompletedUntil);
        var stored = await scenario.StoredAsync();
        Assert.Superset(scenario.CorpusKeys(From, From.AddDays(3)).ToHashSet(), stored.Keys.ToHashSet());
    }

    [Fact]
    public async Task HarvestAsync_WindowOverTheResultLimit_IsSplitAndStillComplete()
    {
        await using var scenario = await HarvestScenario.StartAsync(
            azurite,
            Corpus(),
            settings: new Dictionary<string, string?> { ["Hilma:MaxResultsPerWindow"] = "30", ["Hilma:PageSize"] = "12", ["Hilma:WindowSize"] = "14.00:00:00" });
        var expected = scenario.CorpusKeys(From, To);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.Equal(expected.Count, run.Counts.New);
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await scenario.StoredAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HarvestAsync_CheckpointThenNoDates_ContinuesFromCheckpointLessOverlap()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        var checkpoint = await scenario.Services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None);

        var next = await scenario.Harvester.HarvestAsync(new HarvestRequest(To: new DateTimeOffset(2025, 3, 24, 0, 0, 0, TimeSpan.Zero)), null, CancellationToken.None);

        Assert.Equal(To, checkpoint!.CompletedUntil);
        Assert.Equal(To - TimeSpan.FromDays(1), next.From);
        var overlap = scenario.CorpusKeys(To - TimeSpan.FromDays(1), To).Count;
        var fresh = scenario.CorpusKeys(To, next.To).Count;
        Assert.Equal(new HarvestCounts(overlap + fresh, fresh, 0, overlap, 0), next.Counts);
    }
}
