using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

public sealed partial class NoticeHarvesterTests
{
    [Fact]
    public async Task HarvestAsync_CorrectedVersionsPublishedLater_SupersedeTheStoredOnes()
    {
        var storage = azurite.NewStorageSettings();
        await using (var original = await HarvestScenario.StartAsync(azurite, Corpus() with { CorrectedShare = 0 }, settings: storage))
        {
            await original.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        }

        await using var corrected = await HarvestScenario.StartAsync(azurite, Corpus() with { CorrectedShare = 0.3 }, settings: storage);
        var correctedKeys = corrected.Corpus.Entries
            .Where(e => e.IsCorrected && e.DatePublished >= From && e.DatePublished < To)
            .Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);

        var run = await corrected.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.True(correctedKeys.Count > 10, $"only {correctedKeys.Count} corrected notices");
        Assert.Equal(correctedKeys.Count, run.Counts.Updated);
        Assert.Equal(run.Counts.Fetched - correctedKeys.Count, run.Counts.Unchanged);
        var archive = corrected.Services.GetRequiredService<IRawNoticeArchive>();
        foreach (var key in correctedKeys.Order(StringComparer.Ordinal).Take(5))
        {
            var stored = await corrected.Store.GetAsync(key, CancellationToken.None);
            var title = stored!.Notice.Title.Texts.Values.First();
            Assert.Matches(@"\((korjattu|rättad|corrected)\)", title);
            var versions = await archive.ListVersionsAsync(key, CancellationToken.None);
            Assert.Equal(2, versions.Count);
            Assert.Contains(stored.Revision.RawLocation, versions);
        }
    }
}
