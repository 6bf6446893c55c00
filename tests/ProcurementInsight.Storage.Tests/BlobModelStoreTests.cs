using System.Text;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class BlobModelStoreTests(AzuriteFixture azurite)
{
    private static ModelArtifact Artifact(string version, string card) => new(version, new Dictionary<string, ReadOnlyMemory<byte>>
    {
        ["card.json"] = Encoding.UTF8.GetBytes(card),
        ["model-market.zip"] = new byte[] { 1, 2, 3, 4 },
    });

    [Fact]
    public async Task GetNewestAsync_TwoVersions_ReturnsTheLaterWithAllItsFiles()
    {
        var store = (await StorageTestContext.CreateAsync(azurite)).Models();
        await store.SaveAsync(Artifact("20260102T030000Z", "{\"v\":2}"), CancellationToken.None);
        await store.SaveAsync(Artifact("20251231T030000Z", "{\"v\":1}"), CancellationToken.None);

        var newest = await store.GetNewestAsync(CancellationToken.None);

        Assert.NotNull(newest);
        Assert.Equal("20260102T030000Z", newest.Version);
        Assert.Equal("{\"v\":2}", Encoding.UTF8.GetString(newest.Files["card.json"].Span));
        Assert.Equal([1, 2, 3, 4], newest.Files["model-market.zip"].ToArray());
    }

    [Fact]
    public async Task GetNewestAsync_VersionWithoutCard_IsIncompleteAndSkipped()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = context.Models();
        await store.SaveAsync(Artifact("20250101T000000Z", "{}"), CancellationToken.None);
        await context.Blobs.GetBlobContainerClient(context.Layout.Models).GetBlobClient("20260101T000000Z/model-market.zip").UploadAsync(BinaryData.FromBytes([9]));

        var newest = await store.GetNewestAsync(CancellationToken.None);

        Assert.Equal("20250101T000000Z", newest?.Version);
    }

    [Fact]
    public async Task GetNewestAsync_NothingTrained_ReturnsNull()
    {
        var store = (await StorageTestContext.CreateAsync(azurite)).Models();

        Assert.Null(await store.GetNewestAsync(CancellationToken.None));
    }
}
