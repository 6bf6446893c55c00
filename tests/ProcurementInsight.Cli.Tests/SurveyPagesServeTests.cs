using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Survey.Questionnaire;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// Every survey page in the local twin, in fi/sv/en at phone (375 px) and desktop (1280 px) width, walked as a
/// respondent would and screenshotted (<c>screenshots/survey-*.png</c> beside the test assembly): the form, its error
/// summary, the thank-you page, the saved form, the opt-out pages and the not-available page.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyPagesServeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly int[] Widths = [375, 1280];
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private LocalServe _serve = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = LocalServe.NewAddress();
        _settings["Hilma:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        _settings["Survey:LinkBaseUrl"] = _address + "api/";
        await using (var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)))
        {
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            var store = services.GetRequiredService<ISurveyInvitationStore>();
            foreach (var language in SurveyTexts.Languages)
            {
                foreach (var width in Widths)
                {
                    await store.TryCreateAsync(Invitation(FormId(language, width), language), CancellationToken.None);
                    await store.TryCreateAsync(Invitation(OptOutId(language, width), language), CancellationToken.None);
                }
            }
        }

        _serve = await LocalServe.StartAsync(_address, _settings);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Fact]
    public async Task Browser_EverySurveyPage_RendersInEveryLanguageAtPhoneAndDesktopWidthWithoutSideScrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)); // Loopback links sign with the offline key, as serve's do.
        var tokens = services.GetRequiredService<SurveyTokens>();
        var checkedPages = new List<string>();

        foreach (var width in Widths)
        {
            foreach (var language in SurveyTexts.Languages)
            {
                string T(string key) => SurveyTexts.Get(language, key);
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                async Task ShotAsync(string name, string heading)
                {
                    await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Level = 1, Exact = true }).WaitForAsync();
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"survey-{name}-{language}-{width}.png"), FullPage = true });
                    Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
                    var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
                    Assert.True(scrollWidth <= innerWidth, $"survey-{name} in {language} at {width} px scrolls sideways to {scrollWidth} px");
                    Assert.Equal(0, await page.Locator("script").CountAsync());
                    checkedPages.Add($"{name}-{language}-{width}");
                }

                var title = QuestionnaireCatalog.Get(QuestionnaireCatalog.CurrentVersion).Title[language];
                var save = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = T("save") });
                var form = new Uri(_address, $"api/survey/{tokens.LinkToken(FormId(language, width))}?lang={language}");

                await page.GotoAsync(form.AbsoluteUri);
                await ShotAsync("form", title);
                Assert.True(await save.IsVisibleAsync());

                await save.ClickAsync();
                await ShotAsync("errors", title);
                Assert.True(await page.GetByRole(AriaRole.Alert).IsVisibleAsync());
                Assert.Equal("judgement-0", (await page.Locator("#errors a").First.GetAttributeAsync("href"))?.TrimStart('#'));

                foreach (var required in new[] { "judgement", "new-to-buyer", "new-to-market", "new-procedure" })
                {
                    await page.Locator($"#{required}-0").CheckAsync();
                }

                await save.ClickAsync();
                await ShotAsync("thanks", T("thanks-title"));
                Assert.True(await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = T("profile-link") }).IsVisibleAsync());

                await page.GotoAsync(form.AbsoluteUri);
                await ShotAsync("saved", title);
                Assert.True(await page.GetByRole(AriaRole.Status).IsVisibleAsync());
                Assert.True(await save.IsVisibleAsync());

                await page.GotoAsync(form.AbsoluteUri + "&action=optout");
                await ShotAsync("optout", T("optout-title"));

                var forged = tokens.LinkToken(new string('f', 32));
                await page.GotoAsync(new Uri(_address, $"api/survey/{forged}?lang={language}").AbsoluteUri);
                await ShotAsync("unavailable", T("unavailable-title"));

                await page.GotoAsync(new Uri(_address, $"api/survey/optout/{tokens.OptOutToken(OptOutId(language, width), language)}").AbsoluteUri);
                await ShotAsync("optout-link", T("optout-title"));
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = T("optout-button") }).ClickAsync();
                await ShotAsync("optout-done", T("optout-done-title"));
                await page.CloseAsync();
            }
        }

        Assert.Equal(2 * 3 * 8, checkedPages.Distinct(StringComparer.Ordinal).Count());
    }

    private static string FormId(string language, int width) => Id(language, width, 'a');

    private static string OptOutId(string language, int width) => Id(language, width, 'b');

    // Invitation ids are 32 hex digits: the kind (a form, b opt-out), the language's index and the width.
    private static string Id(string language, int width, char kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}{SurveyTexts.Languages.ToList().IndexOf(language)}{width}").PadLeft(32, '0');

    private static SurveyInvitation Invitation(string id, string language) =>
        new(id, "EF-62001", "proc-62001", "Älykäs <katuvalaistus> & ohjaus", "Helsingin kaupunki", "0201256-6", Sector.Municipal, "34",
            Created, language, $"kirjaamo-{id}@hel.example", QuestionnaireCatalog.CurrentVersion, InvitationStatus.Sent, Created, new DateTimeOffset(2099, 12, 31, 12, 0, 0, TimeSpan.Zero))
        {
            Design = new SurveyDesignPoint(SurveyPhase.Flagged, "Municipal|34|medium", 1.0),
        };
}
