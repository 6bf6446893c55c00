using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProcurementInsight.Broker.Access;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Broker;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>API keys' rate limits (sliding windows per key and per address) and the index following the stored profiles.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BuyerKeysTests(AzuriteFixture azurite)
{
    private const string Address = "192.0.2.10";

    [Fact]
    public async Task CheckAsync_BurstsEitherSideOfAMinuteBoundary_LetOnlyTheLimitThrough()
    {
        var clock = BrokerTestHost.Clock();
        clock.Advance(TimeSpan.FromSeconds(59)); // 12:00:59
        await using var services = await BrokerTestHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["Broker:RequestsPerMinutePerKey"] = "3" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var key = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);
        var allowed = 0;
        for (var i = 0; i < 3; i++)
        {
            allowed += (await keys.CheckAsync(key, Address, CancellationToken.None)).Status == BuyerAccessStatus.Allowed ? 1 : 0;
        }

        clock.Advance(TimeSpan.FromSeconds(2)); // 12:01:01, a new clock minute
        var afterBoundary = new List<BuyerAccess>();
        for (var i = 0; i < 3; i++)
        {
            afterBoundary.Add(await keys.CheckAsync(key, Address, CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromSeconds(59)); // 12:02:00, a minute after the first burst
        var later = await keys.CheckAsync(key, Address, CancellationToken.None);

        Assert.Equal(3, allowed);
        Assert.All(afterBoundary, a => Assert.Equal(BuyerAccessStatus.RateLimited, a.Status));
        Assert.InRange(afterBoundary[0].RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(BuyerAccessStatus.Allowed, later.Status);
    }

    [Fact]
    public async Task CheckAsync_UnknownKeysFromOneAddressOverTheLimit_Are429WithoutAStorageLookup()
    {
        var clock = BrokerTestHost.Clock();
        CountingBuyerKeyStore? store = null;
        await using var services = await BrokerTestHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["Broker:FailedKeyAttemptsPerMinutePerAddress"] = "4" }, s =>
            s.Replace(ServiceDescriptor.Singleton<IBuyerKeyStore>(p => store = new CountingBuyerKeyStore(ActivatorUtilities.CreateInstance<TableBuyerKeyStore>(p)))));
        var keys = services.GetRequiredService<BuyerKeys>();
        var statuses = new List<BuyerAccessStatus>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await keys.CheckAsync("pik_guess" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Address, CancellationToken.None)).Status);
        }

        var lookupsWhileBlocked = store!.Lookups;
        clock.Advance(ApiRateLimits.Window);
        var afterTheWindow = (await keys.CheckAsync("pik_guess-late", Address, CancellationToken.None)).Status;

        Assert.Equal([.. Enumerable.Repeat(BuyerAccessStatus.Unauthorized, 4), .. Enumerable.Repeat(BuyerAccessStatus.RateLimited, 6)], statuses);
        Assert.Equal(4, lookupsWhileBlocked);
        Assert.Equal((BuyerAccessStatus.Unauthorized, 5), (afterTheWindow, store.Lookups));
    }

    [Fact]
    public async Task CheckAsync_AnotherAddressOverItsFailedAttempts_LeavesAValidKeyAlone()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock(), new Dictionary<string, string?> { ["Broker:FailedKeyAttemptsPerMinutePerAddress"] = "2" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var key = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await keys.CheckAsync("pik_guess", "2001:db8::1", CancellationToken.None);
        }

        var attacker = await keys.CheckAsync(key, "2001:db8::2", CancellationToken.None);
        var buyer = await keys.CheckAsync(key, Address, CancellationToken.None);

        // The attacker's neighbour in the same /64 is refused too; the buyer elsewhere is not.
        Assert.Equal(BuyerAccessStatus.RateLimited, attacker.Status);
        Assert.Equal((BuyerAccessStatus.Allowed, "Espoon kaupunki"), (buyer.Status, buyer.Organisation));
    }

    [Fact]
    public async Task CheckAsync_OverTheLimit_IsRateLimitedUntilTheWindowSlides()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await BrokerTestHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["Broker:RequestsPerMinutePerKey"] = "2" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var key = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);

        var statuses = new List<BuyerAccessStatus>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await keys.CheckAsync(key, Address, CancellationToken.None)).Status);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        statuses.Add((await keys.CheckAsync(key, Address, CancellationToken.None)).Status);

        Assert.Equal([BuyerAccessStatus.Allowed, BuyerAccessStatus.Allowed, BuyerAccessStatus.RateLimited, BuyerAccessStatus.Allowed], statuses);
    }

    [Fact]
    public async Task CheckAsync_OneKeyOverItsLimit_LeavesAnotherKeyAlone()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock(), new Dictionary<string, string?> { ["Broker:RequestsPerMinutePerKey"] = "1" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var first = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);
        var second = await keys.CreateAsync("Vantaan kaupunki", CancellationToken.None);
        await keys.CheckAsync(first, Address, CancellationToken.None);

        var over = await keys.CheckAsync(first, Address, CancellationToken.None);
        var other = await keys.CheckAsync(second, Address, CancellationToken.None);

        Assert.Equal((BuyerAccessStatus.RateLimited, BuyerAccessStatus.Allowed, "Vantaan kaupunki"), (over.Status, other.Status, other.Organisation));
    }

    [Fact]
    public async Task IndexProvider_ProfilesReplacedAfterTheCheckInterval_RebuildsTheIndex()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await BrokerTestHost.StartAsync(azurite, clock);
        var store = services.GetRequiredService<ISupplierProfileStore>();
        var provider = services.GetRequiredService<SupplierIndexProvider>();
        var builder = new SupplierProfileBuilder(400, 10_000);
        var day = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await store.ReplaceAllAsync(builder.Build([Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennus", day)], new HashSet<string>()), CancellationToken.None);
        var before = (await provider.GetAsync(CancellationToken.None)).Count;

        clock.Advance(TimeSpan.FromSeconds(1));
        await store.ReplaceAllAsync(builder.Build(
            [Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennus", day), Awards.Result("EF-2", "Siivous Oy", "0101263-6", "90910000", "Siivous", day)],
            new HashSet<string>()), CancellationToken.None);
        var cached = (await provider.GetAsync(CancellationToken.None)).Count;
        clock.Advance(SupplierIndexProvider.VersionCheckInterval);
        var after = (await provider.GetAsync(CancellationToken.None)).Count;

        Assert.Equal((1, 1, 2), (before, cached, after));
    }
}
