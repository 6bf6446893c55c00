using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The buyer page and the broker view as HTML.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BrokerPagesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fi", "<html lang=\"fi\"", "Tarve")]
    [InlineData("sv", "<html lang=\"sv\"", "Behov")]
    [InlineData("en", "<html lang=\"en\"", "Need")]
    public async Task BuyerAsync_Get_IsALabelledFormInTheLanguage(string lang, string html, string needLabel)
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync(lang, null, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Contains(html, page.Body, StringComparison.Ordinal);
        Assert.Contains("<label for=\"need\">" + needLabel + "</label>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<label for=\"apiKey\">", page.Body, StringComparison.Ordinal);
        Assert.Contains("method=\"post\"", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_EveryBrokerPage_SendsTheStrictPageHeadersAndNoScript()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        BrokerResponse[] pages =
        [
            await services.GetRequiredService<BrokerPages>().BuyerAsync("fi", null, null, CancellationToken.None),
            await services.GetRequiredService<BrokerPages>().BuyerAsync("en", new Dictionary<string, string?> { ["apiKey"] = "pik_wrong" }, null, CancellationToken.None),
            await services.GetRequiredService<BrokerPages>().BrokerViewAsync("sv", CancellationToken.None),
            await services.GetRequiredService<SupplierApi>().PageAsync("en", null, null, CancellationToken.None),
        ];

        Assert.All(pages, page =>
        {
            Assert.Equal(ProcurementInsight.Core.Pages.PageHeaders.Headers["Content-Security-Policy"], page.Headers["Content-Security-Policy"]);
            Assert.Equal("no-store", page.Headers["Cache-Control"]);
            Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task BuyerAsync_PostWithoutValidKey_Is401WithAnAlert()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync("en", new Dictionary<string, string?> { ["apiKey"] = "pik_wrong", ["need"] = "cleaning" }, null, CancellationToken.None);

        Assert.Equal(401, page.Status);
        Assert.Contains("role=\"alert\"", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuyerAsync_PostWithKey_ListsTheSupplierWithItsContract()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await BrokerTestHost.StartAsync(azurite, clock);
        await StoreProfilesAsync(services);
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync("fi", new Dictionary<string, string?> { ["apiKey"] = key, ["need"] = "Tienrakennustyöt keskustaan", ["cpv"] = "45233140" }, null, CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Contains("Tie Oy", page.Body, StringComparison.Ordinal);
        Assert.Contains("Tienrakennustyöt ja päällystys", System.Net.WebUtility.HtmlDecode(page.Body), StringComparison.Ordinal);
        Assert.DoesNotContain(key, page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "Innovatiiviset sopimukset")]
    [InlineData("sv", "Innovativa kontrakt")]
    public async Task BuyerAsync_FinnishOrSwedishPage_NamesAndExplainsEveryComponentWithoutEnglish(string lang, string firstComponent)
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());
        await StoreProfilesAsync(services);
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync(lang, new Dictionary<string, string?> { ["apiKey"] = key, ["need"] = "Tienrakennustyöt keskustaan", ["cpv"] = "45233140" }, null, CancellationToken.None);

        Assert.Contains(firstComponent, page.Body, StringComparison.Ordinal);
        string[] english =
        [
            "innovativeContracts", "newToMarketShare", "surveyConfirmed", "buyerBreadth", "recency", "growth",
            "contracts won", "flagged new to the market", "confirmed innovative", "different buyers", "years ago", "no win yet", "wins in the last",
        ];
        var found = english.Where(word => page.Body.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal([], found);
    }

    [Fact]
    public async Task BrokerViewAsync_Needs_AreGroupedByRegionAndDivisionWithSuppliers()
    {
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock());
        await StoreProfilesAsync(services);
        var needs = services.GetRequiredService<NeedService>();
        await needs.SubmitAsync("Espoon kaupunki", new NeedRequest("Katujen päällystys", "Tienrakennustyöt", "45233140", "FI1B1", null, null), CancellationToken.None);
        await needs.SubmitAsync("Oulun kaupunki", new NeedRequest("Siivous", "Koulujen siivous", "90910000", "FI1D9", null, null), CancellationToken.None);

        var page = await services.GetRequiredService<BrokerPages>().BrokerViewAsync("en", CancellationToken.None);

        var body = System.Net.WebUtility.HtmlDecode(page.Body);
        Assert.Contains("<h2>FI1B1 · CPV division 45</h2>", body, StringComparison.Ordinal);
        Assert.Contains("<h2>FI1D9 · CPV division 90</h2>", body, StringComparison.Ordinal);
        var roads = body.IndexOf("FI1B1 · CPV division 45", StringComparison.Ordinal);
        Assert.True(body.IndexOf("Tie Oy", roads, StringComparison.Ordinal) > roads);
    }

    private static async Task StoreProfilesAsync(IServiceProvider services)
    {
        var profiles = new SupplierProfileBuilder(400, 10_000).Build(
            [Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennustyöt ja päällystys", Day)],
            new HashSet<string>());
        await services.GetRequiredService<ISupplierProfileStore>().ReplaceAllAsync(profiles, CancellationToken.None);
    }
}
