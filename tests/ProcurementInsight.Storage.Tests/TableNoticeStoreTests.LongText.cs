using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

public sealed partial class TableNoticeStoreTests
{
    [Fact]
    public async Task GetAsync_DescriptionsLongerThanOneProperty_RoundTripExactly()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        // 100,000 characters: four table properties. The emoji (a surrogate pair) straddles the
        // 32,000-character split point, which must not cut it in half.
        var longFinnish = new string('ä', 31_999) + "😀" + string.Concat(Enumerable.Repeat("Pitkä kuvaus. ", 4_857));
        var longLot = string.Concat(Enumerable.Repeat("Lot text 0123456789 ", 2_500)); // 50,000 characters
        var notice = NoticeBuilder.Rich()
            .WithDescription("FIN", longFinnish)
            .WithDescription("SWE", new string('å', 40_000))
            .WithLotDescription(0, "ENG", longLot)
            .BuildStored("<long/>", null);
        await store.SaveAsync(notice, CancellationToken.None);

        var read = await store.GetAsync("EF-48640", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(longFinnish, read.Notice.Description["FIN"]);
        Assert.Equal(longLot, read.Notice.Lots[0].Description["ENG"]);
        Assert.Equal(NoticeSnapshot.Of(notice), NoticeSnapshot.Of(read));
    }

    [Fact]
    public async Task GetAsync_TextsBeyondTheEntityLimit_ReturnsThemTruncatedFromTheEnd()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.NoticeStore();
        // Four 200,000-character descriptions: 1.6 MB as UTF-16, over the 1 MiB entity limit.
        var builder = NoticeBuilder.Rich();
        foreach (var language in new[] { "FIN", "SWE", "ENG", "DEU" })
        {
            builder.WithDescription(language, language + new string('x', 199_997));
        }

        var notice = builder.BuildStored("<huge/>", null);
        await store.SaveAsync(notice, CancellationToken.None);

        var read = await store.GetAsync("EF-48640", CancellationToken.None);

        Assert.NotNull(read);
        var stored = read.Notice.Description.Texts;
        Assert.All(stored, t => Assert.StartsWith(t.Key, t.Value, StringComparison.Ordinal));
        Assert.All(stored, t => Assert.StartsWith(t.Value, notice.Notice.Description[t.Key], StringComparison.Ordinal));
        Assert.InRange(stored.Values.Sum(v => v.Length), 300_000, 400_000);
        Assert.Equal(NoticeSnapshot.Of(notice.Notice.Title), NoticeSnapshot.Of(read.Notice.Title));
        Assert.Equal(3, read.Notice.Lots.Count);
    }
}
