using System.Text;
using HtmlAgilityPack;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>The form: tokens, validation, saving and editing, hostile input.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyFormServiceTests(AzuriteFixture azurite, MailDevFixture mail)
{
    private const string Script = "<script>alert('x')</script><b onmouseover=\"steal()\">&amp;";

    [Fact]
    public async Task Get_GenuineToken_ShowsNoticeTitleBuyerAndHilmaLinkInFinnish()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8001");

        var page = await scenario.Form.GetAsync(token, null, null, null, CancellationToken.None);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<html lang=\"fi\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>Älykäs katuvalaistus</strong>", page.Html, StringComparison.Ordinal);
        Assert.Contains("Helsingin kaupunki", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.hankintailmoitukset.fi/fi/public/notice/EF-8001\"", page.Html, StringComparison.Ordinal);
        var document = new HtmlDocument();
        document.LoadHtml(page.Html);
        var yes = Assert.Single(document.DocumentNode.Descendants("label"), l => l.GetAttributeValue("for", "") == "judgement-0");
        Assert.Equal(("choice", "Kyllä"), (yes.GetAttributeValue("class", ""), yes.InnerText));
        var input = Assert.Single(yes.Elements("input"));
        Assert.Equal(("radio", "judgement-0", "judgement", "yes", false), (input.GetAttributeValue("type", ""), input.Id, input.GetAttributeValue("name", ""), input.GetAttributeValue("value", ""), input.Attributes.Contains("checked")));
        Assert.NotNull((await scenario.Invitations.GetAsync(id, CancellationToken.None))!.OpenedAt);
    }

    [Fact]
    public async Task Get_SwedishRequested_RendersSwedish()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, _) = await InviteAsync(scenario, "EF-8002");

        var page = await scenario.Form.GetAsync(token, "sv", null, null, CancellationToken.None);

        Assert.Contains("<html lang=\"sv\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Spara svaren", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ForgedUnknownOrExpiredToken_AllGetTheSamePolite404()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, _) = await InviteAsync(scenario, "EF-8003");
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        var unknown = scenario.Tokens.LinkToken(new string('a', 32));

        var forgedPage = await scenario.Form.GetAsync(forged, null, null, null, CancellationToken.None);
        var garbagePage = await scenario.Form.GetAsync("../../etc/passwd", null, null, null, CancellationToken.None);
        var unknownPage = await scenario.Form.GetAsync(unknown, null, null, null, CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromDays(61));
        var expiredPage = await scenario.Form.GetAsync(token, null, null, null, CancellationToken.None);

        Assert.All(new[] { forgedPage, garbagePage, unknownPage, expiredPage }, p =>
        {
            Assert.Equal(404, p.StatusCode);
            Assert.Contains("Kysely ei ole käytettävissä", p.Html, StringComparison.Ordinal);
        });
        Assert.Equal(forgedPage.Html, expiredPage.Html);
        Assert.Equal(unknownPage.Html, expiredPage.Html);
        Assert.DoesNotContain("katuvalaistus", expiredPage.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SWE", "Enkäten är inte tillgänglig")]
    [InlineData("ENG", "This survey is not available")]
    [InlineData("FIN", "Kysely ei ole käytettävissä")]
    public async Task Get_ExpiredInvitationWithoutLang_SaysUnavailableInTheInvitationsLanguage(string noticeLanguage, string title)
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var key = "EF-802" + noticeLanguage[0];
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice(key, "hankinnat@hel.example") with { Languages = [noticeLanguage] });
        await scenario.Dispatcher.HandleTriggerAsync(key, CancellationToken.None);
        var token = scenario.Tokens.LinkToken((await scenario.AllInvitationsAsync()).Single(i => i.NoticeKey == key).Id);
        scenario.Time.Advance(TimeSpan.FromDays(61));

        // A Finnish browser does not override what the invitation itself says.
        var page = await scenario.Form.GetAsync(token, null, null, "fi-FI,fi;q=0.9", CancellationToken.None);

        Assert.Equal(404, page.StatusCode);
        Assert.Contains(title, page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv-FI,sv;q=0.9,en;q=0.8", "Enkäten är inte tillgänglig")]
    [InlineData("de-DE,en;q=0.7,fi;q=0.5", "This survey is not available")]
    [InlineData("de-DE", "Kysely ei ole käytettävissä")]
    [InlineData(null, "Kysely ei ole käytettävissä")]
    public async Task Get_ForgedTokenWithoutLang_SaysUnavailableInTheBrowsersLanguageElseFinnish(string? acceptLanguage, string title)
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);

        var page = await scenario.Form.GetAsync(new string('A', 43), null, null, acceptLanguage, CancellationToken.None);
        var posted = await scenario.Form.PostAsync(new string('A', 43), Body([]), acceptLanguage, CancellationToken.None);

        Assert.Equal((404, 404), (page.StatusCode, posted.StatusCode));
        Assert.Contains(title, page.Html, StringComparison.Ordinal);
        Assert.Contains(title, posted.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CompleteAnswer_SavesLabelAndMarksAnswered()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8004");

        var page = await scenario.Form.PostAsync(token, Body(SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()))), null, CancellationToken.None);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("Kiitos vastauksestanne!", page.Html, StringComparison.Ordinal);
        var answer = await scenario.Answers.GetAsync(id, CancellationToken.None);
        Assert.NotNull(answer);
        Assert.Equal(new SurveyLabel(true, NoveltyLevel.CompletelyNew, NoveltyLevel.SignificantlyImproved, NoveltyLevel.NotNew, "2026-1", SurveyScenario.Start), answer.Label);
        Assert.Equal(["services", "process"], answer.Values["subject"]);
        Assert.Equal(["40"], answer.Values["innovative-share"]);
        Assert.Equal(InvitationStatus.Answered, (await scenario.Invitations.GetAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_SavedTwice_KeepsOneAnswerWithTheLaterValues()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8005");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);
        answer["judgement"] = ["no"];
        scenario.Time.Advance(TimeSpan.FromHours(1));

        await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);
        var edit = await scenario.Form.GetAsync(token, null, null, null, CancellationToken.None);

        var answers = new List<SurveyAnswer>();
        await foreach (var a in scenario.Answers.ListAsync(CancellationToken.None))
        {
            answers.Add(a);
        }

        var saved = Assert.Single(answers);
        Assert.Equal(2, saved.Revision);
        Assert.False(saved.Label.JudgedInnovative);
        Assert.Equal(SurveyScenario.Start, saved.FirstSavedAt);
        Assert.Contains("value=\"no\" checked", edit.Html, StringComparison.Ordinal);
        Assert.Contains("Vastauksenne on tallennettu", edit.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ElevenSavesAtOnce_StoredRevisionCountsEveryAcceptedSave()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8015");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));

        var pages = await Task.WhenAll(Enumerable.Range(0, 11).Select(_ => Task.Run(() => scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None))));

        var accepted = pages.Count(p => p.StatusCode == 200);
        var saved = await scenario.Answers.GetAsync(id, CancellationToken.None);
        Assert.Equal(11, accepted);
        Assert.Equal(accepted, saved!.Revision);
        Assert.Equal(SurveyScenario.Start, saved.FirstSavedAt);
    }

    [Fact]
    public async Task Post_MissingRequiredAndBadPercent_Returns422WithFinnishMessagesAndSavesNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8006");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        answer.Remove("judgement");
        answer["innovative-share"] = ["150"];
        answer["new-to-market"] = ["totally-invented"];

        var page = await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);

        Assert.Equal(422, page.StatusCode);
        Assert.Contains("Vastauksia ei tallennettu.", page.Html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"e-judgement\">Valitkaa vastaus.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"e-innovative-share\">Kirjoittakaa kokonaisluku väliltä 0–100.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"e-new-to-market\">Valitkaa jokin annetuista vaihtoehdoista.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"150\"", page.Html, StringComparison.Ordinal);
        Assert.Null(await scenario.Answers.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Post_ScriptInEveryFreeText_IsStoredVerbatimAndShownInert()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8007");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        foreach (var field in new[] { "impacts", "barriers", "risk-sharing" })
        {
            answer[field] = [Script];
        }

        await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);
        var page = await scenario.Form.GetAsync(token, null, null, null, CancellationToken.None);

        var saved = await scenario.Answers.GetAsync(id, CancellationToken.None);
        Assert.Equal([Script], saved!.Values["barriers"]);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover=\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(page.Html, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b onmouseover=&quot;steal()&quot;&gt;&amp;amp;"));
    }

    [Fact]
    public async Task Post_HostileValuesInChoicesAndHiddenFields_AreRejectedAndEchoedInert()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8008");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        answer["innovative-share"] = ["\"><script>x()</script>"];
        answer["_lang"] = ["\"><script>y()</script>"];

        var page = await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);

        Assert.Equal(422, page.StatusCode);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutOrWithForeignOrOldFormToken_Returns400AndSavesNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8009");
        var (_, otherId) = await InviteAsync(scenario, "EF-8010");
        var none = SurveyScenario.CompleteAnswer("");
        var foreign = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(otherId, scenario.Time.GetUtcNow()));
        var old = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        scenario.Time.Advance(TimeSpan.FromDays(2));

        var pages = new[]
        {
            await scenario.Form.PostAsync(token, Body(none), null, CancellationToken.None),
            await scenario.Form.PostAsync(token, Body(foreign), null, CancellationToken.None),
            await scenario.Form.PostAsync(token, Body(old), null, CancellationToken.None),
        };

        Assert.All(pages, p => Assert.Equal(400, p.StatusCode));
        Assert.Contains("Lomake oli ollut auki liian kauan", pages[2].Html, StringComparison.Ordinal);
        Assert.Null(await scenario.Answers.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Post_AfterTheSurveyClosed_IsRejectedWithThePolitePage()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var (token, id) = await InviteAsync(scenario, "EF-8011");
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow()));
        scenario.Time.Advance(TimeSpan.FromDays(60));

        var page = await scenario.Form.PostAsync(token, Body(answer), null, CancellationToken.None);

        Assert.Equal(404, page.StatusCode);
        Assert.Null(await scenario.Answers.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ReadBody_OverTheLimit_Is413WithoutReadingItAll()
    {
        var declared = await FormBody.ReadAsync(new MemoryStream(new byte[10]), 70_000, "application/x-www-form-urlencoded", 65_536, CancellationToken.None);
        var undeclared = await FormBody.ReadAsync(new MemoryStream(Encoding.ASCII.GetBytes("impacts=" + new string('a', 70_000))), null, "application/x-www-form-urlencoded", 65_536, CancellationToken.None);
        var multipart = await FormBody.ReadAsync(new MemoryStream(new byte[10]), 10, "multipart/form-data; boundary=x", 65_536, CancellationToken.None);
        var fine = await FormBody.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("impacts=%C3%A4%3Cb%3E+x&subject=goods&subject=works")), null, "application/x-www-form-urlencoded; charset=utf-8", 65_536, CancellationToken.None);

        Assert.Equal(413, declared.StatusCode);
        Assert.Equal(413, undeclared.StatusCode);
        Assert.Equal(415, multipart.StatusCode);
        Assert.True(fine.IsRead);
        Assert.Equal(["ä<b> x"], fine.Fields["impacts"]);
        Assert.Equal(["goods", "works"], fine.Fields["subject"]);
    }

    private static FormBody Body(Dictionary<string, IReadOnlyList<string>> fields) => new(fields, 0);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<(string Token, string Id)> InviteAsync(SurveyScenario scenario, string key)
    {
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice(key, "hankinnat@hel.example"));
        await scenario.Dispatcher.HandleTriggerAsync(key, CancellationToken.None);
        var invitation = (await scenario.AllInvitationsAsync()).Single(i => i.NoticeKey == key);
        return (scenario.Services.GetRequiredService<SurveyTokens>().LinkToken(invitation.Id), invitation.Id);
    }
}
