using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableHarvestRunLogTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecentAsync_ThreeRuns_ReturnsTheNewestFirstUpToCount()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var log = context.RunLog();
        await log.RecordAsync(Run("b", Start.AddHours(1)), CancellationToken.None);
        await log.RecordAsync(Run("c", Start.AddHours(2)), CancellationToken.None);
        await log.RecordAsync(Run("a", Start), CancellationToken.None);

        var recent = await log.RecentAsync(2, CancellationToken.None);

        Assert.Equal(["c", "b"], recent.Select(r => r.RunId));
    }

    [Fact]
    public async Task RecordAsync_SameRunAtItsEnd_UpdatesTheRecordInPlace()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var log = context.RunLog();
        await log.RecordAsync(Run("a", Start), CancellationToken.None);
        var finished = Run("a", Start) with
        {
            Status = HarvestRunStatus.Failed,
            Counts = new HarvestCounts(10, 4, 3, 2, 1),
            FinishedAt = Start.AddMinutes(5),
            Error = "HILMA answered 503",
        };

        await log.RecordAsync(finished, CancellationToken.None);

        var recorded = Assert.Single(await log.RecentAsync(10, CancellationToken.None));
        Assert.Equal(finished, recorded);
    }

    private static HarvestRun Run(string id, DateTimeOffset startedAt) =>
        new(id, startedAt, startedAt.AddDays(-1), startedAt, HarvestRunStatus.Running, HarvestCounts.Zero, null, null);
}
