using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

public sealed partial class NoticeHarvesterTests
{
    [Fact]
    public async Task ReplayQuarantinedAsync_NoticeReadableNow_IsStoredAndReleased()
    {
        // A notice quarantined by an earlier fault (here: recorded by hand, never stored) that HILMA
        // serves fine today: the replay stores it and takes it out of quarantine.
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(seed: 8));
        var key = scenario.CorpusKeys(From, To).Where(k => k.StartsWith("EF-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        var quarantine = scenario.Services.GetRequiredService<IQuarantine>();
        await quarantine.AddAsync(new QuarantinedNotice(key, null, "Read API timed out.", From), CancellationToken.None);

        var replay = await scenario.Harvester.ReplayQuarantinedAsync(null, CancellationToken.None);

        Assert.Equal([key], replay.Released);
        Assert.Empty(replay.StillQuarantined);
        Assert.NotNull(await scenario.Store.GetAsync(key, CancellationToken.None));
        Assert.Empty(await ToListAsync(quarantine.ListAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task ReplayQuarantinedAsync_StillMalformed_StaysQuarantinedAndOthersAreUntouched()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(seed: 5, new FaultOptions { MalformedXmlRate = 0.05 }));
        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        var quarantine = scenario.Services.GetRequiredService<IQuarantine>();
        var before = (await ToListAsync(quarantine.ListAsync(CancellationToken.None))).Select(q => q.Key).Order(StringComparer.Ordinal).ToList();
        var one = before.First(k => k.StartsWith("EF-", StringComparison.Ordinal));

        var replay = await scenario.Harvester.ReplayQuarantinedAsync([one], CancellationToken.None);

        Assert.NotEmpty(before);
        Assert.Equal([one], replay.StillQuarantined);
        Assert.Empty(replay.Released);
        Assert.Null(await scenario.Store.GetAsync(one, CancellationToken.None));
        Assert.Equal(before, (await ToListAsync(quarantine.ListAsync(CancellationToken.None))).Select(q => q.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReplayQuarantinedAsync_ManyNotices_StoresWhatAHarvestStores()
    {
        await using var harvested = await HarvestScenario.StartAsync(azurite, Corpus(seed: 8));
        await harvested.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        var expected = (await harvested.StoredAsync()).Values.Where(s => s.Notice.Key.StartsWith("EF-", StringComparison.Ordinal)).OrderBy(s => s.Notice.Key, StringComparer.Ordinal).Take(40).ToList();
        await using var replayed = await HarvestScenario.StartAsync(azurite, Corpus(seed: 8));
        var quarantine = replayed.Services.GetRequiredService<IQuarantine>();
        foreach (var stored in expected)
        {
            await quarantine.AddAsync(new QuarantinedNotice(stored.Notice.Key, null, "Read API timed out.", From), CancellationToken.None);
        }

        var replay = await replayed.Harvester.ReplayQuarantinedAsync(null, CancellationToken.None);

        Assert.Equal(expected.Count, replay.Released.Count);
        Assert.Contains(expected, s => s.Notice.HilmaNoticeAnswers is not null);
        foreach (var stored in expected)
        {
            var again = (await replayed.Store.GetAsync(stored.Notice.Key, CancellationToken.None))!;
            Assert.Equal(
                (stored.Notice.Key, stored.Notice.PublicationDate, stored.Notice.HilmaNoticeAnswers, stored.Revision.ContentHash),
                (again.Notice.Key, again.Notice.PublicationDate, again.Notice.HilmaNoticeAnswers, again.Revision.ContentHash));
        }
    }

    [Fact]
    public async Task HarvestAsync_QuarantinedNoticeReadFineNow_LeavesTheQuarantine()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(seed: 8));
        var key = scenario.CorpusKeys(From, To).Where(k => k.StartsWith("EF-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        var quarantine = scenario.Services.GetRequiredService<IQuarantine>();
        await quarantine.AddAsync(new QuarantinedNotice(key, null, "Read API timed out.", From), CancellationToken.None);

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.NotNull(await scenario.Store.GetAsync(key, CancellationToken.None));
        Assert.Empty(await ToListAsync(quarantine.ListAsync(CancellationToken.None)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
