using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// The survey end to end in the local twin: a queued trigger of a stored notice is picked up by serve's
/// queue handler, serve's dispatch job (run every second here) mails the invitation over SMTP to MailDev,
/// and the link in that e-mail opens the form.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyServeTests(AzuriteFixture azurite, MailDevFixture mail) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private readonly string _address = mail.NewAddress();
    private LocalServe _serve = null!;

    public async Task InitializeAsync()
    {
        var address = LocalServe.NewAddress();
        foreach (var (key, value) in mail.SmtpSettings())
        {
            _settings[key] = value;
        }

        _settings["Hilma:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        _settings["SendSurveyRemindersSchedule"] = "* * * * * *"; // the queue handler only creates; the dispatch job mails
        _settings["Survey:LinkBaseUrl"] = address + "api/";
        await using (var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)))
        {
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            var notice = NoticeBuilder.Rich("EF-61001").WithTitle("FIN", "Älykäs <katuvalaistus> & ohjaus").Build();
            notice = notice with { Buyers = [notice.Buyers[0] with { Email = _address }], Languages = ["FIN"] };
            await services.GetRequiredService<INoticeStore>().SaveAsync(new StoredNotice(notice, new NoticeRevision("abc", "EF-61001/abc.xml", null, DateTimeOffset.UnixEpoch)), CancellationToken.None);
            await services.GetRequiredService<ISurveyTriggerSink>().EnqueueAsync(new SurveyTrigger("EF-61001"), CancellationToken.None);
        }

        _serve = await LocalServe.StartAsync(address, _settings);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Fact]
    public async Task QueuedTrigger_ServeSendsInvitation_LinkOpensTheFormWithSafeHeaders()
    {
        var invitation = Assert.Single(await mail.WaitForMessagesAsync(_address, 1));

        using var response = await _serve.Http.GetAsync(invitation.SurveyLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Älykäs &lt;katuvalaistus&gt; &amp; ohjaus</strong>", html, StringComparison.Ordinal);
        Assert.Equal("Kysely innovatiivisesta hankinnasta: Älykäs <katuvalaistus> & ohjaus", invitation.Subject);
    }

    [Fact]
    public async Task Post_OversizedBody_Is413AndNothingIsStored()
    {
        var link = (await mail.WaitForMessagesAsync(_address, 1))[0].SurveyLink;
        var big = "judgement=yes&impacts=" + new string('a', 200_000);

        using var declared = await _serve.Http.PostAsync(link, new StringContent(big, Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var chunked = await _serve.Http.PostAsync(link, new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Contains("Vastaus on liian suuri", await declared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await StoredSurvey.AnswersAsync(_settings));
    }

    [Fact]
    public async Task Get_ForgedToken_IsThePolite404()
    {
        var link = (await mail.WaitForMessagesAsync(_address, 1))[0].SurveyLink.AbsoluteUri;
        var forged = link[..^1] + (link[^1] == 'A' ? 'B' : 'A');

        using var response = await _serve.Http.GetAsync(new Uri(forged));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Kysely ei ole käytettävissä", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_FinnishRespondentFillsTheFormFromTheEmail_SeesThanksAndTheAnswerIsStored()
    {
        var link = (await mail.WaitForMessagesAsync(_address, 1))[0].SurveyLink;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "fi-FI", ViewportSize = new ViewportSize { Width = 900, Height = 1200 } });
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        await page.GotoAsync(link.AbsoluteUri);
        await page.Locator("#q-judgement").GetByLabel("Kyllä").CheckAsync();
        await page.Locator("#q-new-to-buyer").GetByLabel("Täysin uusi").CheckAsync();
        await page.Locator("#q-new-to-market").GetByLabel("Merkittävästi parannettu").CheckAsync();

        // Keyboard only for the third novelty item: focus the first option, arrow to the next, as a keyboard user would.
        await page.Locator("#q-new-procedure").GetByLabel("Ei uusi").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByLabel("Palveluja").CheckAsync();
        await page.GetByLabel("Markkinavuoropuhelu").CheckAsync();
        await page.GetByLabel("Hiilineutraalius").CheckAsync();
        await page.GetByLabel("Kuinka suuri osuus sopimuksen arvosta oli innovatiivista (%)?").FillAsync("35");
        await page.GetByLabel("Mitä vaikutuksia hankinnalta odotetaan?").FillAsync("Energiankulutus puolittuu <b>heti</b>.");
        await page.Locator("#q-interview").GetByLabel("Kyllä").CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "survey-form-fi.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Tallenna vastaukset" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kiitos vastauksestanne!" }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "survey-thanks-fi.png"), FullPage = true });

        var answer = Assert.Single(await StoredSurvey.AnswersAsync(_settings));
        Assert.Equal("EF-61001", answer.NoticeKey);
        Assert.Equal(new SurveyLabel(true, NoveltyLevel.CompletelyNew, NoveltyLevel.SignificantlyImproved, NoveltyLevel.SignificantlyImproved, "2026-1", answer.Label.AnsweredAt), answer.Label);
        Assert.Equal(["Energiankulutus puolittuu <b>heti</b>."], answer.Values["impacts"]);
        Assert.Equal(["35"], answer.Values["innovative-share"]);
        Assert.Equal(["services"], answer.Values["subject"]);
    }
}
