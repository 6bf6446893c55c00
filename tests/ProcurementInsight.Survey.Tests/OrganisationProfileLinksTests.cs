using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>The signed, expiring link to a respondent's own organisation profile.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class OrganisationProfileLinksTests(AzuriteFixture azurite, MailDevFixture mail)
{
    private const string InvitationId = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly BusinessId Helsinki = BusinessId.Parse("0201256-6");

    [Fact]
    public void Verify_GenuineToken_GivesBusinessIdAndLanguage()
    {
        var (links, _, _) = Links();

        var claim = links.Verify(links.Create(Helsinki, "sv"));

        Assert.NotNull(claim);
        Assert.Equal(Helsinki, claim.BusinessId);
        Assert.Equal("sv", claim.Language);
        Assert.Equal(Now + TimeSpan.FromDays(30), claim.ExpiresAt);
    }

    [Fact]
    public void Verify_AnyCharacterChanged_IsRejected()
    {
        var (links, _, _) = Links();
        var token = links.Create(Helsinki, "fi")!;

        for (var i = 0; i < token.Length; i++)
        {
            var forged = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];

            Assert.Null(links.Verify(forged));
        }
    }

    [Fact]
    public void Verify_AfterProfileLinkValidFor_IsRejected()
    {
        var (links, _, time) = Links();
        var token = links.Create(Helsinki, "fi");

        time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Null(links.Verify(token));
    }

    [Fact]
    public void Verify_SurveyLinkTokenAsProfileToken_IsRejectedAndTheReverseToo()
    {
        var (links, tokens, _) = Links();
        var surveyToken = tokens.LinkToken(InvitationId);
        var profileToken = links.Create(Helsinki, "fi");

        Assert.Null(links.Verify(surveyToken));
        Assert.Null(links.Verify(surveyToken[..34]));
        Assert.Null(tokens.VerifyLinkToken(profileToken));
        Assert.Null(tokens.VerifyOptOutToken(profileToken));
    }

    [Fact]
    public async Task Post_CompleteAnswer_ThanksPageLinksToTheBuyersOwnProfileInItsLanguage()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-8101", "hankinnat@hel.example"));
        await scenario.Dispatcher.HandleTriggerAsync("EF-8101", CancellationToken.None);
        var invitation = (await scenario.AllInvitationsAsync()).Single(i => i.NoticeKey == "EF-8101");
        var token = scenario.Tokens.LinkToken(invitation.Id);

        var page = await scenario.Form.PostAsync(token, new FormBody(SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(invitation.Id, scenario.Time.GetUtcNow())), 0), null, CancellationToken.None);

        var link = ProfileLink().Match(page.Html);
        Assert.True(link.Success, page.Html);
        var claim = scenario.Services.GetRequiredService<IOrganisationProfileLinks>().Verify(link.Groups["token"].Value);
        Assert.NotNull(claim);
        Assert.Equal("0201256-6", claim.BusinessId.Value);
        Assert.Equal("fi", link.Groups["lang"].Value);
        Assert.Contains("Katso organisaationne innovaatioprofiili", page.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"\\.\\./profile/(?<token>[A-Za-z0-9_-]{34})\\?lang=(?<lang>fi|sv|en)\"")]
    private static partial Regex ProfileLink();

    private static (OrganisationProfileLinks Links, SurveyTokens Tokens, FakeTimeProvider Time) Links()
    {
        var options = Options.Create(new SurveyOptions { TokenSigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) });
        var tokens = new SurveyTokens(options);
        var time = new FakeTimeProvider(Now);
        return (new OrganisationProfileLinks(tokens, new SurveyLinksCheck(options), options, time), tokens, time);
    }
}
