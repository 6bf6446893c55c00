using Azure.Data.Tables;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage.Tables;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed partial class TableNoticeStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 17, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_NewRichNotice_ReturnsCreated()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var notice = NoticeBuilder.Rich().BuildStored("<v1/>", Monday);

        var outcome = await context.NoticeStore().SaveAsync(notice, CancellationToken.None);

        Assert.Equal(NoticeWriteOutcome.Created, outcome);
    }

    [Fact]
    public async Task GetAsync_RichNotice_RoundTripsEveryField()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var notice = NoticeBuilder.Rich().BuildStored("<v1/>", Monday);
        await store.SaveAsync(notice, CancellationToken.None);

        var read = await store.GetAsync("EF-48640", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(notice), NoticeSnapshot.Of(read));
        Assert.Equal(3, read.Notice.Lots.Count);
        Assert.Equal("hankinnat@hel.example", read.Notice.Buyers[0].Email);
        Assert.Equal("0201256-6", read.Notice.Buyers[0].Identifier?.BusinessId?.Value);
        Assert.Equal(1_234_567.89m, read.Notice.EstimatedValue?.Amount);
    }

    [Fact]
    public async Task GetAsync_NoticeWithTenderDeadline_RoundTripsTheDeadline()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var stored = NoticeBuilder.Rich().BuildStored("<v1/>", Monday);
        var deadline = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(stored with { Notice = stored.Notice with { TenderDeadline = deadline } }, CancellationToken.None);

        var read = await store.GetAsync("EF-48640", CancellationToken.None);

        Assert.Equal(deadline, read!.Notice.TenderDeadline);
    }

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        var context = await StorageTestContext.CreateAsync(azurite);

        var read = await context.NoticeStore().GetAsync("EF-404", CancellationToken.None);

        Assert.Null(read);
    }

    [Fact]
    public async Task SaveAsync_150LotsAnd150Winners_RoundTripsInTransactionsOfAtMost100OperationsOnOnePartition()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var notice = NoticeBuilder.Rich("EF-150").WithGeneratedLots(150, withWinners: true).BuildStored("<big/>", Monday);

        await store.SaveAsync(notice, CancellationToken.None);
        var read = await store.GetAsync("EF-150", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(notice), NoticeSnapshot.Of(read));
        var transactions = context.Recorder.Transactions;
        Assert.Equal(301, transactions.Sum(t => t.Operations)); // 150 lots + 150 winners + header
        Assert.All(transactions, t => Assert.InRange(t.Operations, 1, TableNoticeStore.MaxTransactionOperations));
        Assert.All(transactions, t => Assert.True(t.Partitions.Count <= 1, "a transaction spans one partition"));
    }

    [Fact]
    public async Task SaveAsync_SmallNotice_WritesOneTransaction()
    {
        var context = await StorageTestContext.CreateAsync(azurite);

        await context.NoticeStore().SaveAsync(NoticeBuilder.Rich().BuildStored("<v1/>", Monday), CancellationToken.None);

        var transaction = Assert.Single(context.Recorder.Transactions);
        Assert.Equal(7, transaction.Operations); // 3 lots + 3 winners + header, atomically
    }

    [Fact]
    public async Task SaveAsync_NewerVersionWithFewerLots_ReturnsUpdatedAndRemovesOldRows()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        await store.SaveAsync(NoticeBuilder.Rich().BuildStored("<v1/>", Monday), CancellationToken.None);
        var newer = NoticeBuilder.Rich().KeepLots(1).WithTitle("FIN", "Korjattu otsikko").BuildStored("<v2/>", Monday.AddDays(1));

        var outcome = await store.SaveAsync(newer, CancellationToken.None);

        Assert.Equal(NoticeWriteOutcome.Updated, outcome);
        var read = await store.GetAsync("EF-48640", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(newer), NoticeSnapshot.Of(read));
        var rows = await context.PartitionRowsAsync("EF-48640");
        Assert.Equal(1 + 1 + 2, rows.Count); // header, LOT-0001, its two winners
        Assert.All(rows, r => Assert.Equal(newer.Revision.ContentHash, r.GetString("ContentHash")));
    }

    [Fact]
    public async Task SaveAsync_SameVersionTwice_ReturnsUnchanged()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var notice = NoticeBuilder.Rich().BuildStored("<v1/>", Monday);
        await store.SaveAsync(notice, CancellationToken.None);

        var outcome = await store.SaveAsync(notice, CancellationToken.None);

        Assert.Equal(NoticeWriteOutcome.Unchanged, outcome);
    }

    [Fact]
    public async Task SaveAsync_OlderVersionAfterNewer_ReturnsStaleAndKeepsNewer()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var newer = NoticeBuilder.Rich().BuildStored("<v2/>", Monday.AddDays(1));
        await store.SaveAsync(newer, CancellationToken.None);
        var older = NoticeBuilder.Rich().KeepLots(1).BuildStored("<v1/>", Monday);

        var outcome = await store.SaveAsync(older, CancellationToken.None);

        Assert.Equal(NoticeWriteOutcome.Stale, outcome);
        var read = await store.GetAsync("EF-48640", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(newer), NoticeSnapshot.Of(read));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentVersions_EndWithNewestAndOnlyItsRows()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        for (var round = 0; round < 5; round++)
        {
            var key = "EF-RACE" + round;
            var older = NoticeBuilder.Rich(key).WithGeneratedLots(120, withWinners: true).BuildStored("<old/>", Monday);
            var newer = NoticeBuilder.Rich(key).WithGeneratedLots(30, withWinners: true).BuildStored("<new/>", Monday.AddHours(1));
            var middle = NoticeBuilder.Rich(key).BuildStored("<middle/>", Monday.AddMinutes(30));

            var outcomes = await Task.WhenAll(
                Task.Run(() => context.NoticeStore().SaveAsync(older, CancellationToken.None)),
                Task.Run(() => context.NoticeStore().SaveAsync(newer, CancellationToken.None)),
                Task.Run(() => context.NoticeStore().SaveAsync(middle, CancellationToken.None)));

            var read = await context.NoticeStore().GetAsync(key, CancellationToken.None);
            Assert.NotNull(read);
            Assert.Equal(NoticeSnapshot.Of(newer), NoticeSnapshot.Of(read));
            Assert.Contains(outcomes[1], new[] { NoticeWriteOutcome.Created, NoticeWriteOutcome.Updated });
            var rows = await context.PartitionRowsAsync(key);
            Assert.Equal(1 + 30 + 30, rows.Count);
            Assert.All(rows, r => Assert.Equal(newer.Revision.ContentHash, r.GetString("ContentHash")));
        }
    }

    [Fact]
    public async Task ListAsync_ThreeNotices_ListsEachOnceInFull()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        foreach (var key in new[] { "EF-1", "EF-2", "OLD-3" })
        {
            await store.SaveAsync(NoticeBuilder.Rich(key).BuildStored("<" + key + "/>", Monday), CancellationToken.None);
        }

        var listed = new List<StoredNotice>();
        await foreach (var notice in store.ListAsync(CancellationToken.None))
        {
            listed.Add(notice);
        }

        Assert.Equal(["EF-1", "EF-2", "OLD-3"], listed.Select(n => n.Notice.Key).Order(StringComparer.Ordinal));
        Assert.All(listed, n => Assert.Equal(3, n.Notice.Lots.Count));
    }

    [Fact]
    public async Task ListAsync_UpdatedNoticesAndStaleRows_ListsExactlyWhatGetReads()
    {
        // One table scan now serves the list: each notice must come out exactly as GetAsync reads it,
        // rows of an older version left by a killed writer must not leak into the current one.
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        await store.SaveAsync(NoticeBuilder.Rich("EF-10").WithGeneratedLots(4, withWinners: true).BuildStored("<v1/>", Monday), CancellationToken.None);
        await store.SaveAsync(NoticeBuilder.Rich("EF-10").WithGeneratedLots(2, withWinners: true).BuildStored("<v2/>", Monday.AddDays(1)), CancellationToken.None);
        await store.SaveAsync(NoticeBuilder.Rich("EF-11").WithGeneratedLots(120, withWinners: true).BuildStored("<big/>", Monday), CancellationToken.None);
        await store.SaveAsync(NoticeBuilder.Rich("OLD-12").BuildStored("<old/>", null), CancellationToken.None);
        await context.NoticeTable.UpsertEntityAsync(new TableEntity("EF-10", "v|0000000000000000|lot|0000") { ["Index"] = 0 });

        var listed = new List<StoredNotice>();
        await foreach (var notice in store.ListAsync(CancellationToken.None))
        {
            listed.Add(notice);
        }

        Assert.Equal(["EF-10", "EF-11", "OLD-12"], listed.Select(n => n.Notice.Key).Order(StringComparer.Ordinal));
        foreach (var notice in listed)
        {
            var read = await store.GetAsync(notice.Notice.Key, CancellationToken.None);
            Assert.Equal(NoticeSnapshot.Of(read!), NoticeSnapshot.Of(notice));
        }

        Assert.Equal(2, listed.Single(n => n.Notice.Key == "EF-10").Notice.Lots.Count);
        Assert.Equal(120, listed.Single(n => n.Notice.Key == "EF-11").Notice.Winners.Count);
    }

    [Fact]
    public async Task SaveAsync_KeyWithCharactersForbiddenInKeys_RoundTrips()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        var notice = NoticeBuilder.Rich("OLD/52#9?9%").BuildStored("<odd/>", null);
        await store.SaveAsync(notice, CancellationToken.None);

        var read = await store.GetAsync("OLD/52#9?9%", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(NoticeSnapshot.Of(notice), NoticeSnapshot.Of(read));
    }

    [Fact]
    public async Task SaveAsync_BuyerEmail_IsStoredOnlyInBuyersColumn()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        await context.NoticeStore().SaveAsync(NoticeBuilder.Rich().BuildStored("<v1/>", Monday), CancellationToken.None);

        var rows = await context.PartitionRowsAsync("EF-48640");

        var holders = rows.SelectMany(r => r.Where(p => p.Value is string s && s.Contains("hankinnat@hel.example", StringComparison.Ordinal)).Select(p => p.Key)).ToList();
        Assert.Equal(["Buyers"], holders);
    }
}
