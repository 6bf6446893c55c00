using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableEstimateSnapshotStoreTests(AzuriteFixture azurite)
{
    private static ShareEstimate Estimate(string definition, double share)
    {
        var interval = new ShareInterval(share, share - 0.01, share + 0.01);
        var methods = new MethodShares(interval, interval, interval);
        var groups = Enumerable.Range(1, 4).Select(q => new GroupShare($"2025-Q{q}", 100, interval, interval)).ToList();
        return new ShareEstimate(
            2025, definition, interval, interval, "pacc", "Probabilistic adjusted classify and count.", 0.10, 0.4, 400, 0.8, 0.05,
            new LabelCounts(400, 120, 12, 250, "survey"), methods, methods, new ShareBreakdowns(groups, groups, groups, groups),
            "20260101T030000Z", new DateTimeOffset(2026, 1, 2, 5, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task ListAsync_SnapshotsOfSeveralDays_OldestFirstAndRoundTripped()
    {
        var store = (await StorageTestContext.CreateAsync(azurite)).Snapshots();
        await store.SaveAsync(new EstimateSnapshot(new DateOnly(2026, 1, 3), Estimate("market", 0.09)), CancellationToken.None);
        await store.SaveAsync(new EstimateSnapshot(new DateOnly(2026, 1, 2), Estimate("market", 0.08)), CancellationToken.None);
        await store.SaveAsync(new EstimateSnapshot(new DateOnly(2026, 1, 2), Estimate("buyer", 0.45)), CancellationToken.None);

        var market = await store.ListAsync(2025, ShareDefinition.Market, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 3)], market.Select(s => s.Date));
        Assert.Equal(0.08, market[0].Estimate.CountShare.Estimate);
        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], market[0].Estimate.Breakdowns.Quarter.Select(q => q.Group));
        Assert.Equal(Estimate("market", 0.08).Labels, market[0].Estimate.Labels);
    }

    [Fact]
    public async Task SaveAsync_SameDayTwice_ReplacesTheFirst()
    {
        var store = (await StorageTestContext.CreateAsync(azurite)).Snapshots();
        await store.SaveAsync(new EstimateSnapshot(new DateOnly(2026, 1, 2), Estimate("any", 0.5)), CancellationToken.None);
        await store.SaveAsync(new EstimateSnapshot(new DateOnly(2026, 1, 2), Estimate("any", 0.52)), CancellationToken.None);

        var any = await store.ListAsync(2025, ShareDefinition.Any, CancellationToken.None);

        Assert.Equal(0.52, Assert.Single(any).Estimate.CountShare.Estimate);
    }
}
