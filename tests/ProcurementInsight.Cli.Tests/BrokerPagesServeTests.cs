using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// The buyer page, the broker view and the supplier page in the local twin, in a browser: every language at phone and desktop
/// width, forms filled in and posted with the keyboard's fields, screenshots kept as artefacts (<c>screenshots/</c> beside the
/// test assembly).
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BrokerPagesServeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly Dictionary<string, (string Buyer, string Broker, string Supplier)> Headings = new(StringComparer.Ordinal)
    {
        ["fi"] = ("Löydä toimittajat tarpeeseesi", "Välittäjän näkymä: avoimet tarpeet", "Yrityksellenne sopivat hankinnat"),
        ["sv"] = ("Hitta leverantörer för ert behov", "Mäklarvy: öppna behov", "Upphandlingar som passar ert företag"),
        ["en"] = ("Find suppliers for your need", "Broker view: open needs", "Procurements that fit your company"),
    };

    private readonly Dictionary<string, string?> _settings = SupplierCommandTests.Settings(azurite);
    private LocalServe _serve = null!;
    private Uri _address = null!;
    private string _buyerKey = null!;
    private string _supplierKey = null!;

    public async Task InitializeAsync()
    {
        _settings["Hilma:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        await using (var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)))
        {
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            await SupplierCommandTests.SaveWinAsync(services);
            Assert.Equal(0, (await CliRun.RunAsync(_settings, "broker", "build-profiles")).ExitCode);
            await services.GetRequiredService<NeedService>().SubmitAsync("Espoon kaupunki", new NeedRequest("Katujen päällystys", "Tienrakennustyöt ja päällystys keskustassa", "45233140", "FI1B1", null, null), CancellationToken.None);
            _buyerKey = await services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
            _supplierKey = await services.GetRequiredService<SupplierKeys>().CreateAsync(BusinessId.Parse(SupplierCommandTests.Winner), CancellationToken.None);
        }

        _address = LocalServe.NewAddress();
        _serve = await LocalServe.StartAsync(_address, _settings);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Fact]
    public async Task GetPages_EveryBrokerPage_SendsTheStrictPageHeaders()
    {
        foreach (var path in new[] { "api/buyer?lang=sv", "api/broker?lang=en", "api/supplier" })
        {
            using var response = await _serve.Http.GetAsync(new Uri(_address, path));

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task Browser_BrokerPages_RenderInEveryLanguageAtPhoneAndDesktopWidthWithoutSideScrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        foreach (var width in new[] { 375, 1280 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            foreach (var (language, (buyer, broker, supplier)) in Headings)
            {
                await page.GotoAsync(new Uri(_address, $"api/buyer?lang={language}").AbsoluteUri);
                await CheckAsync(page, language, buyer, width, Path.Combine(screenshots, $"buyer-form-{language}-{width}.png"));
                await page.GetByLabel(language switch { "sv" => "API-nyckel", "en" => "API key", _ => "API-avain" }).FillAsync(_buyerKey);
                await page.Locator("#need").FillAsync("Tienrakennustyöt keskustaan");
                await page.Locator("#cpv").FillAsync("45233140");
                await page.Locator("button[type=submit]").ClickAsync();
                await CheckAsync(page, language, buyer, width, Path.Combine(screenshots, $"buyer-results-{language}-{width}.png"));
                Assert.True(await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Tie Oy (0112038-9)", Level = 3 }).IsVisibleAsync(), $"{language} at {width} px: no match shown");
                Assert.Equal(string.Empty, await page.Locator("#apiKey").InputValueAsync());

                await page.GotoAsync(new Uri(_address, $"api/broker?lang={language}&code={LocalServe.FunctionKey}").AbsoluteUri);
                await CheckAsync(page, language, broker, width, Path.Combine(screenshots, $"broker-view-{language}-{width}.png"));

                await page.GotoAsync(new Uri(_address, $"api/supplier?lang={language}").AbsoluteUri);
                await CheckAsync(page, language, supplier, width, Path.Combine(screenshots, $"supplier-form-{language}-{width}.png"));
                await page.Locator("#apiKey").FillAsync(_supplierKey);
                await page.Locator("#businessId").FillAsync(SupplierCommandTests.Winner);
                await page.Locator("button[type=submit]").ClickAsync();
                await CheckAsync(page, language, supplier, width, Path.Combine(screenshots, $"supplier-results-{language}-{width}.png"));
                Assert.True(await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Katujen päällystys", Level = 3 }).IsVisibleAsync(), $"{language} at {width} px: the open need is not shown");
            }

            await page.CloseAsync();
        }
    }

    /// <summary>The page is in the language, has its one h1, labels every field, and does not scroll sideways; then its screenshot.</summary>
    internal static async Task CheckAsync(IPage page, string language, string heading, int width, string screenshot)
    {
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Level = 1 }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var unlabelled = await page.EvaluateAsync<int>("[...document.querySelectorAll('input,textarea,select')].filter(f => f.labels.length === 0).length");
        Assert.Equal(0, unlabelled);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{language} at {width} px scrolls sideways to {scrollWidth} px ({Path.GetFileName(screenshot)})");
    }
}
