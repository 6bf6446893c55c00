using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>
/// The buyer page, the broker view and the supplier page held to structural snapshots (headings, visible text, links, form
/// fields with their labels) taken from the pages as they were hand-built, so rendering them another way changes nothing a
/// reader sees or can do. Snapshots are in <c>Snapshots/</c>; see <see cref="PageSnapshot"/>.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BrokerPageSnapshotTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task BuyerAsync_Get_MatchesTheSnapshot(string lang)
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync(lang, null, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"buyer-form-{lang}");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task BuyerAsync_PostWithKey_MatchesTheSnapshotWithMatchesAndTheSupplierField(string lang)
    {
        await using var services = await StartWithFieldAsync();
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync("Tampereen kaupunki", CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync(lang, new Dictionary<string, string?> { ["apiKey"] = key, ["need"] = "Koulujen siivous <b>heti</b>", ["cpv"] = "90910000", ["region"] = "FI197", ["top"] = "3" }, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"buyer-results-{lang}");
    }

    [Fact]
    public async Task BuyerAsync_PostNeedThatMatchesNothing_MatchesTheSnapshotWithAdvice()
    {
        await using var services = await StartWithFieldAsync();
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync("Tampereen kaupunki", CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync("en", new Dictionary<string, string?> { ["apiKey"] = key, ["need"] = "quantum teleportation" }, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, "buyer-no-results-en");
    }

    [Fact]
    public async Task BuyerAsync_PostWithWrongKey_MatchesTheSnapshotWithTheAlert()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync("sv", new Dictionary<string, string?> { ["apiKey"] = "pik_wrong", ["need"] = "städning", ["cpv"] = "9091" }, null, CancellationToken.None);

        Assert.Equal(401, page.Status);
        PageSnapshot.AssertMatches(page.Body, "buyer-bad-key-sv");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task BrokerViewAsync_NeedsInTwoGroups_MatchesTheSnapshot(string lang)
    {
        await using var services = await StartWithFieldAsync();
        var needs = services.GetRequiredService<NeedService>();
        await needs.SubmitAsync("Tampereen kaupunki", new NeedRequest("Koulujen siivous", "Siivouspalvelut kouluille", "90910000", "FI197", null, null), CancellationToken.None);
        await needs.SubmitAsync("Espoon kaupunki", new NeedRequest("Puistojen hoito & <kunnossapito>", "Viheralueiden hoito", null, null, null, null), CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BrokerViewAsync(lang, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"broker-view-{lang}");
    }

    [Fact]
    public async Task BrokerViewAsync_NoNeeds_MatchesTheSnapshot()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<BrokerPages>().BrokerViewAsync("fi", CancellationToken.None);

        PageSnapshot.AssertMatches(page.Body, "broker-view-empty-fi");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task SupplierPageAsync_Get_MatchesTheSnapshot(string lang)
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<SupplierApi>().PageAsync(lang, null, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"supplier-form-{lang}");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task SupplierPageAsync_PostWithOwnKey_MatchesTheSnapshotWithTheOpportunities(string lang)
    {
        await using var services = await SupplierOpportunitiesTests.StartAsync(azurite, BrokerTestHost.Clock());
        var key = await services.GetRequiredService<SupplierKeys>().CreateAsync(BusinessId.Parse(SupplierOpportunitiesTests.Lighting), CancellationToken.None);

        var page = await services.GetRequiredService<SupplierApi>().PageAsync(lang, new Dictionary<string, string?> { ["apiKey"] = key, ["businessId"] = SupplierOpportunitiesTests.Lighting }, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"supplier-results-{lang}");
    }

    [Theory]
    [InlineData("0101263-6", 403)]
    [InlineData("not-an-id", 400)]
    public async Task SupplierPageAsync_PostRefused_MatchesTheSnapshotWithTheAlert(string businessId, int status)
    {
        await using var services = await SupplierOpportunitiesTests.StartAsync(azurite, BrokerTestHost.Clock());
        var key = await services.GetRequiredService<SupplierKeys>().CreateAsync(BusinessId.Parse(SupplierOpportunitiesTests.Lighting), CancellationToken.None);

        var page = await services.GetRequiredService<SupplierApi>().PageAsync("en", new Dictionary<string, string?> { ["apiKey"] = key, ["businessId"] = businessId }, null, CancellationToken.None);

        Assert.Equal(status, page.Status);
        PageSnapshot.AssertMatches(page.Body, $"supplier-refused-{status}-en");
    }

    private async Task<ServiceProvider> StartWithFieldAsync()
    {
        var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());
        await services.GetRequiredService<ISupplierProfileStore>().ReplaceAllAsync(PotentialSupplierFieldTests.Profiles(), CancellationToken.None);
        await services.GetRequiredService<IRegisterFieldStore>().SaveAsync(PotentialSupplierFieldTests.Snapshot(), CancellationToken.None);
        return services;
    }
}
