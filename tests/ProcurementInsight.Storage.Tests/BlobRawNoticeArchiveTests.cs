using System.Text;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage.Blobs;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class BlobRawNoticeArchiveTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Modified = new(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    [Fact]
    public async Task ArchiveAsync_SameBytesTwice_StoresOneBlobAndReportsItExisted()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var archive = context.Archive();
        var raw = Raw("<notice>1</notice>", Modified);

        var first = await archive.ArchiveAsync(raw, CancellationToken.None);
        var second = await archive.ArchiveAsync(raw, CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Location, second.Location);
        Assert.Equal([first.Location], await archive.ListVersionsAsync("EF-48640", CancellationToken.None));
    }

    [Fact]
    public async Task ListVersionsAsync_TwoDifferentPayloads_ListsBothOldestFirst()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var archive = context.Archive();
        var newer = await archive.ArchiveAsync(Raw("<notice>2</notice>", Modified.AddDays(1)), CancellationToken.None);
        var older = await archive.ArchiveAsync(Raw("<notice>1</notice>", Modified), CancellationToken.None);
        await archive.ArchiveAsync(new RawNotice("EF-486400", Encoding.UTF8.GetBytes("<other/>"), "application/xml", Modified), CancellationToken.None);

        var versions = await archive.ListVersionsAsync("EF-48640", CancellationToken.None);

        Assert.Equal([older.Location, newer.Location], versions);
    }

    [Fact]
    public async Task ReadAsync_ArchivedPayload_ReturnsTheSameBytesTypeAndTime()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var archive = context.Archive();
        var raw = new RawNotice("OLD-52994", Encoding.UTF8.GetBytes("{\"id\":\"OLD-52994\",\"nimi\":\"Ääni\"}"), "application/json", Modified);
        var reference = await archive.ArchiveAsync(raw, CancellationToken.None);

        var read = await archive.ReadAsync(reference.Location, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(raw.Content.ToArray(), read.Content.ToArray());
        Assert.Equal("OLD-52994", read.Key);
        Assert.Equal("application/json", read.ContentType);
        Assert.Equal(Modified, read.SourceModified);
        Assert.Equal(raw.ContentHash, read.ContentHash);
    }

    [Fact]
    public async Task ReadAsync_UnknownLocation_ReturnsNull()
    {
        var context = await StorageTestContext.CreateAsync(azurite);

        var read = await context.Archive().ReadAsync("EF-1/unknown-0000000000000000.xml", CancellationToken.None);

        Assert.Null(read);
    }

    [Fact]
    public void LocationOf_JsonWithoutTime_NamesUnknownTimeHashAndJsonExtension()
    {
        var raw = new RawNotice("OLD-1", Encoding.UTF8.GetBytes("{}"), "application/json; charset=utf-8", null);

        var location = BlobRawNoticeArchive.LocationOf(raw);

        Assert.Equal("OLD-1/unknown-" + raw.ContentHash[..16] + ".json", location);
    }

    [Fact]
    public void LocationOf_XmlWithTime_NamesUtcMillisecondTime()
    {
        var raw = Raw("<x/>", new DateTimeOffset(2025, 1, 2, 5, 4, 5, 678, TimeSpan.FromHours(2)));

        var location = BlobRawNoticeArchive.LocationOf(raw);

        Assert.Equal("EF-48640/20250102T030405678Z-" + raw.ContentHash[..16] + ".xml", location);
    }

    private static RawNotice Raw(string xml, DateTimeOffset? modified) =>
        new("EF-48640", Encoding.UTF8.GetBytes(xml), "application/xml", modified);
}
