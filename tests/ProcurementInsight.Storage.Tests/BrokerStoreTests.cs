using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Broker;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

/// <summary>The broker's table adapters: supplier profiles, register cache, needs, hashed buyer keys.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BrokerStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReplaceAllAsync_ThenGet_RoundTripsTheProfile()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableSupplierProfileStore(context.Tables, context.Layout, context.Time);
        var profile = Profile("0112038-9", contracts: 3);

        await store.ReplaceAllAsync([profile], CancellationToken.None);
        var read = await store.GetAsync("0112038-9", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(profile.Contracts, read.Contracts);
        Assert.Equal(profile.Texts["FIN"], read.Texts["FIN"]);
        Assert.Equal(profile.Register! with { PreviousNames = [] }, read.Register! with { PreviousNames = [] });
        Assert.Equal(profile.Register!.PreviousNames, read.Register.PreviousNames);
        Assert.Equal(SupplierIdentification.BusinessId, read.Identification);
    }

    [Fact]
    public async Task ReplaceAllAsync_ProfileNoLongerBuilt_IsRemovedAndVersionChanges()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableSupplierProfileStore(context.Tables, context.Layout, context.Time);
        var first = await store.ReplaceAllAsync([Profile("0112038-9", 1), Profile("name:kivi", 1)], CancellationToken.None);
        context.Time.Advance(TimeSpan.FromMinutes(1));

        var second = await store.ReplaceAllAsync([Profile("0112038-9", 2)], CancellationToken.None);
        var keys = new List<string>();
        await foreach (var profile in store.ListAsync(CancellationToken.None))
        {
            keys.Add(profile.Key);
        }

        Assert.Equal(["0112038-9"], keys);
        Assert.NotEqual(first, second);
        Assert.Equal(second, await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceAllAsync_ProfileLongerThanOneColumn_IsSplitAndRead()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableSupplierProfileStore(context.Tables, context.Layout, context.Time);
        var profile = Profile("0112038-9", contracts: 400);

        await store.ReplaceAllAsync([profile], CancellationToken.None);

        Assert.Equal(400, (await store.GetAsync("0112038-9", CancellationToken.None))!.Contracts.Count);
    }

    [Fact]
    public async Task ReplaceAllAsync_ManyProfiles_ListsThemAll()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableSupplierProfileStore(context.Tables, context.Layout, context.Time);
        var profiles = Enumerable.Range(0, 250).Select(i => Profile("name:supplier " + i, 1)).ToList();

        await store.ReplaceAllAsync(profiles, CancellationToken.None);
        var count = 0;
        await foreach (var _ in store.ListAsync(CancellationToken.None))
        {
            count++;
        }

        Assert.Equal(250, count);
    }

    [Fact]
    public async Task RegisterCache_SaveThenGet_RoundTrips()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var cache = new TableCompanyRegisterCache(context.Tables, context.Layout);
        var entry = Register("0112038-9");

        await cache.SaveAsync(entry, CancellationToken.None);

        Assert.Equal(entry with { PreviousNames = [] }, (await cache.GetAsync("0112038-9", CancellationToken.None))! with { PreviousNames = [] });
        Assert.Null(await cache.GetAsync("0101263-6", CancellationToken.None));
    }

    [Fact]
    public async Task Needs_SaveThenGetAndList_RoundTrip()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableNeedStore(context.Tables, context.Layout);
        var need = new Need("0193a1b2c3d4", "Espoon kaupunki", "Katujen kunnossapito", "Talvikunnossapito ja hiekoitus", "90620000", "FI1B1", "2026", "100k-500k", Day);

        await store.SaveAsync(need, CancellationToken.None);
        var listed = new List<Need>();
        await foreach (var item in store.ListAsync(CancellationToken.None))
        {
            listed.Add(item);
        }

        Assert.Equal(need, await store.GetAsync(need.Id, CancellationToken.None));
        Assert.Equal([need], listed);
        Assert.Null(await store.GetAsync("missing", CancellationToken.None));
    }

    [Fact]
    public async Task BuyerKeys_FindByHash_OnlyExactHashMatches()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var store = new TableBuyerKeyStore(context.Tables, context.Layout);
        var hash = new string('a', 64);

        await store.SaveAsync(new BuyerKey(hash, "Espoon kaupunki", Day), CancellationToken.None);

        Assert.Equal("Espoon kaupunki", (await store.FindAsync(hash, CancellationToken.None))?.Organisation);
        Assert.Null(await store.FindAsync(new string('b', 64), CancellationToken.None));
        Assert.Null(await store.FindAsync("not-a-hash", CancellationToken.None));
    }

    [Fact]
    public void Layout_ListsTheBrokerTables()
    {
        Assert.Subset(StorageLayout.Default.Tables.ToHashSet(), new HashSet<string> { "SupplierProfiles", "CompanyRegisterCache", "BuyerNeeds", "BuyerKeys" });
    }

    private static SupplierProfile Profile(string key, int contracts) => new(
        key,
        key.Contains('-', StringComparison.Ordinal) ? key : null,
        "Kivi Rakennus Oy",
        key.StartsWith("name:", StringComparison.Ordinal) ? SupplierIdentification.NameOnly : SupplierIdentification.BusinessId,
        [.. Enumerable.Range(0, contracts).Select(i => new WonContract($"EF-{i}", "LOT-0001", "Koulurakennuksen rakentaminen, osa " + i + new string('x', 200), "45214200", "Espoon kaupunki", "0101263-6", "FI1B1", 1000m + i, Day.AddDays(-i), i % 5 == 0, i % 3 == 0, false, i == 1))],
        new Dictionary<string, string> { ["FIN"] = "Koulurakennuksen rakentaminen. Peruskorjaus.", ["SWE"] = "Byggande av skolbyggnad." },
        key.StartsWith("name:", StringComparison.Ordinal) ? null : Register(key));

    private static CompanyRegisterEntry Register(string businessId) =>
        new(businessId, "Kivi Rakennus Oy", ["Kivi Ky"], "41200", "Asuin- ja muiden rakennusten rakentaminen", "Osakeyhtiö", new DateOnly(1999, 3, 31), "Teollisuuskatu 4", "00510", "HELSINKI", true, Day);
}
