using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableHarvestCheckpointStoreTests(AzuriteFixture azurite)
{
    private const string Stream = "hilma-eformnotices";
    private static readonly DateTimeOffset March = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetAsync_NothingSaved_ReturnsNull()
    {
        var context = await StorageTestContext.CreateAsync(azurite);

        var checkpoint = await context.Checkpoints().GetAsync(Stream, CancellationToken.None);

        Assert.Null(checkpoint);
    }

    [Fact]
    public async Task SaveAsync_LaterCompletedUntil_MovesForward()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.Checkpoints();
        await store.SaveAsync(new HarvestCheckpoint(Stream, March, March), CancellationToken.None);

        await store.SaveAsync(new HarvestCheckpoint(Stream, March.AddDays(1), March.AddDays(1)), CancellationToken.None);

        Assert.Equal(new HarvestCheckpoint(Stream, March.AddDays(1), March.AddDays(1)), await store.GetAsync(Stream, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_EarlierCompletedUntil_KeepsTheLaterCheckpoint()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.Checkpoints();
        await store.SaveAsync(new HarvestCheckpoint(Stream, March.AddDays(2), March), CancellationToken.None);

        await store.SaveAsync(new HarvestCheckpoint(Stream, March.AddDays(1), March.AddDays(3)), CancellationToken.None);

        Assert.Equal(March.AddDays(2), (await store.GetAsync(Stream, CancellationToken.None))?.CompletedUntil);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentSavers_EndAtTheLatest()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var saves = Enumerable.Range(1, 8)
            .Select(day => Task.Run(() => context.Checkpoints().SaveAsync(new HarvestCheckpoint(Stream, March.AddDays(day), March), CancellationToken.None)));

        await Task.WhenAll(saves);

        Assert.Equal(March.AddDays(8), (await context.Checkpoints().GetAsync(Stream, CancellationToken.None))?.CompletedUntil);
    }

    [Fact]
    public async Task SaveAsync_TwoStreams_KeepsThemApart()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.Checkpoints();

        await store.SaveAsync(new HarvestCheckpoint("a", March, March), CancellationToken.None);
        await store.SaveAsync(new HarvestCheckpoint("b", March.AddDays(5), March), CancellationToken.None);

        Assert.Equal(March, (await store.GetAsync("a", CancellationToken.None))?.CompletedUntil);
    }
}
