using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Storage.Tables;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

public sealed partial class TableNoticeStoreTests
{
    [Fact]
    public void Chunk_250SmallActions_MakesBatchesOf100100And50()
    {
        var actions = Enumerable.Range(0, 250).Select(i => (Action(i), 1_000));

        var batches = TableNoticeStore.Chunk(actions);

        Assert.Equal([100, 100, 50], batches.Select(b => b.Count));
    }

    [Fact]
    public void Chunk_LargeEntities_SplitsBeforeTheTransactionPayloadLimit()
    {
        var actions = Enumerable.Range(0, 10).Select(i => (Action(i), 1_000_000));

        var batches = TableNoticeStore.Chunk(actions);

        Assert.Equal([3, 3, 3, 1], batches.Select(b => b.Count));
    }

    [Fact]
    public async Task SaveAsync_LaterRowBatchFails_LeavesNoHeaderSoNothingIsRead()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var notice = NoticeBuilder.Rich("EF-FAIL").WithGeneratedLots(150, withWinners: true).BuildStored("<v1/>", null);

        await Assert.ThrowsAsync<RequestFailedException>(() => context.NoticeStore(new FailingBatchPolicy(failingTransaction: 3)).SaveAsync(notice, CancellationToken.None));

        Assert.Null(await context.NoticeStore().GetAsync("EF-FAIL", CancellationToken.None));
        Assert.Equal(200, (await context.PartitionRowsAsync("EF-FAIL")).Count); // two row batches landed, the header did not
    }

    [Fact]
    public async Task SaveAsync_NewerVersionFailsMidway_KeepsServingTheStoredVersion()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var stored = NoticeBuilder.Rich("EF-FAIL").BuildStored("<v1/>", null);
        await context.NoticeStore().SaveAsync(stored, CancellationToken.None);
        var newer = NoticeBuilder.Rich("EF-FAIL").WithGeneratedLots(150, withWinners: true).BuildStored("<v2/>", null);

        await Assert.ThrowsAsync<RequestFailedException>(() => context.NoticeStore(new FailingBatchPolicy(failingTransaction: 2)).SaveAsync(newer, CancellationToken.None));

        var read = await context.NoticeStore().GetAsync("EF-FAIL", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(stored), NoticeSnapshot.Of(read));
    }

    [Theory]
    [InlineData("EF-48640", "EF-48640")]
    [InlineData("OLD/1#2?3\\4%5", "OLD%2F1%232%3F3%5C4%255")]
    public void Encode_Key_EscapesOnlyCharactersAzureForbids(string key, string expected)
    {
        var encoded = TableKeys.Encode(key);

        Assert.Equal(expected, encoded);
    }

    private static TableTransactionAction Action(int i) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "r" + i));
}
