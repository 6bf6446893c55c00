using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>API keys' rate limit windows and the index following the stored profiles.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BuyerKeysTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CheckAsync_OverTheLimit_IsRateLimitedUntilTheNextMinute()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await BrokerTestHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["Broker:RequestsPerMinutePerKey"] = "2" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var key = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);

        var statuses = new List<BuyerAccessStatus>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await keys.CheckAsync(key, CancellationToken.None)).Status);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        statuses.Add((await keys.CheckAsync(key, CancellationToken.None)).Status);

        Assert.Equal([BuyerAccessStatus.Allowed, BuyerAccessStatus.Allowed, BuyerAccessStatus.RateLimited, BuyerAccessStatus.Allowed], statuses);
    }

    [Fact]
    public async Task CheckAsync_OneKeyOverItsLimit_LeavesAnotherKeyAlone()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock(), new Dictionary<string, string?> { ["Broker:RequestsPerMinutePerKey"] = "1" });
        var keys = services.GetRequiredService<BuyerKeys>();
        var first = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);
        var second = await keys.CreateAsync("Vantaan kaupunki", CancellationToken.None);
        await keys.CheckAsync(first, CancellationToken.None);

        var over = await keys.CheckAsync(first, CancellationToken.None);
        var other = await keys.CheckAsync(second, CancellationToken.None);

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
