using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>The organisation profile in the local twin: JSON and page for analysts, the signed respondent link, screenshots in fi/sv/en.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OrganisationServeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private LocalServe _serve = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = LocalServe.NewAddress();
        _settings["Hilma:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        _settings["Survey:LinkBaseUrl"] = _address + "api/";
        await StoredOrganisations.StoreAsync(_settings);
        _serve = await LocalServe.StartAsync(_address, _settings);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Fact]
    public async Task GetJson_StoredBuyer_IsItsProfile()
    {
        using var response = await _serve.Http.GetAsync(new Uri(_address, $"api/organisations/{StoredOrganisations.Helsinki}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"businessId\":\"0201256-6\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetJson_UnknownBuyer_Is404ProblemDetails()
    {
        using var response = await _serve.Http.GetAsync(new Uri(_address, "api/organisations/0112038-9"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetPage_AnalystPage_HasTheStrictHeadersNoScriptAndNamesPeers()
    {
        using var response = await _serve.Http.GetAsync(new Uri(_address, $"api/organisations/{StoredOrganisations.Helsinki}/page?lang=en"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Organisations in the group", html, StringComparison.Ordinal);
        Assert.Contains("Kunta 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRespondentView_GenuineLink_ShowsTheFiguresWithoutOtherOrganisations()
    {
        var token = await TokenAsync("sv");

        using var response = await _serve.Http.GetAsync(new Uri(_address, $"api/profile/{token}"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Helsingin kaupunki", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kunta 3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gruppens organisationer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRespondentView_ForgedLink_IsTheNotAvailablePage()
    {
        var token = await TokenAsync("fi");
        var forged = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        using var response = await _serve.Http.GetAsync(new Uri(_address, $"api/profile/{forged}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Profiili ei ole saatavilla", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_ProfilePage_RendersInEveryLanguageAtPhoneAndDesktopWidthWithoutSideScrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var headings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fi"] = "Organisaation innovaatioprofiili: Helsingin kaupunki",
            ["sv"] = "Organisationens innovationsprofil: Helsingin kaupunki",
            ["en"] = "Organisation's innovation profile: Helsingin kaupunki",
        };

        foreach (var width in new[] { 375, 1280 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            foreach (var (language, heading) in headings)
            {
                await page.GotoAsync(new Uri(_address, $"api/organisations/{StoredOrganisations.Helsinki}/page?lang={language}&code={LocalServe.FunctionKey}").AbsoluteUri);
                await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Level = 1 }).WaitForAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"organisation-profile-{language}-{width}.png"), FullPage = true });

                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"{language} at {width} px scrolls sideways to {scrollWidth} px");
            }

            await page.CloseAsync();
        }
    }

    private async Task<string> TokenAsync(string language)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        return services.GetRequiredService<IOrganisationProfileLinks>().Create(BusinessId.Parse(StoredOrganisations.Helsinki), language)!; // Loopback links sign with the offline key.
    }
}
