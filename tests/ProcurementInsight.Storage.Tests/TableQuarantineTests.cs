using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage.Tables;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableQuarantineTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListAsync_AfterAdd_ReturnsTheRecord()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var quarantine = context.Quarantine();
        var notice = new QuarantinedNotice("EF-1", "EF-1/unknown-00.xml", "No BT-701", At);
        await quarantine.AddAsync(notice, CancellationToken.None);

        var listed = await ListAsync(quarantine);

        Assert.Equal([notice], listed);
    }

    [Fact]
    public async Task AddAsync_SameKeyAndPayloadTwice_KeepsOneRecordWithTheLatestReason()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var quarantine = context.Quarantine();
        await quarantine.AddAsync(new QuarantinedNotice("EF-1", "EF-1/a.xml", "first", At), CancellationToken.None);

        await quarantine.AddAsync(new QuarantinedNotice("EF-1", "EF-1/a.xml", "second", At.AddHours(1)), CancellationToken.None);

        Assert.Equal([new QuarantinedNotice("EF-1", "EF-1/a.xml", "second", At.AddHours(1))], await ListAsync(quarantine));
    }

    [Fact]
    public async Task RemoveAsync_Key_RemovesEveryRecordOfThatKeyOnly()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var quarantine = context.Quarantine();
        await quarantine.AddAsync(new QuarantinedNotice("EF-1", "EF-1/a.xml", "bad", At), CancellationToken.None);
        await quarantine.AddAsync(new QuarantinedNotice("EF-1", null, "could not archive", At), CancellationToken.None);
        await quarantine.AddAsync(new QuarantinedNotice("EF-2", "EF-2/a.xml", "bad", At), CancellationToken.None);

        await quarantine.RemoveAsync("EF-1", CancellationToken.None);

        Assert.Equal(["EF-2"], (await ListAsync(quarantine)).Select(q => q.Key));
    }

    private static async Task<List<QuarantinedNotice>> ListAsync(TableQuarantine quarantine)
    {
        var list = new List<QuarantinedNotice>();
        await foreach (var notice in quarantine.ListAsync(CancellationToken.None))
        {
            list.Add(notice);
        }

        return list;
    }
}
