using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Configuration;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

// In Azure a secret that is missing reaches the app as the literal Key Vault reference. It must switch off
// only the survey links or mail, keep every invitation due, and never stop the app at start.
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyFeatureTests(AzuriteFixture azurite, MailDevFixture mail)
{
    private const string Unresolved = "@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.net/secrets/survey-token-signing-key)";
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData(Unresolved, "Key Vault reference the platform could not resolve")]
    [InlineData("c2hvcnQ=", "at least 32 random bytes")]
    public void Check_PublicLinkWithoutUsableKey_SwitchesOffTheLinksNamingTheSettingNotTheValue(string? key, string reason)
    {
        var options = new SurveyOptions { LinkBaseUrl = new Uri("https://kysely.example.fi/api/"), TokenSigningKey = key };

        var state = new SurveyLinksCheck(Options.Create(options)).Check();

        Assert.Equal(Features.SurveyLinks, state.Feature);
        Assert.Contains(SurveyLinksCheck.Setting, state.DisabledBecause, StringComparison.Ordinal);
        Assert.Contains(reason, state.DisabledBecause, StringComparison.Ordinal);
        Assert.DoesNotContain("vault.azure.net", state.DisabledBecause, StringComparison.Ordinal);
        Assert.True(new SurveyOptionsValidator().Validate(null, options).Succeeded, "A missing secret must not fail validation at start.");
    }

    [Fact]
    public void Check_LoopbackLinkWithoutKeyOrPublicLinkWithKey_KeepsTheLinksOn()
    {
        Assert.True(new SurveyLinksCheck(Options.Create(new SurveyOptions())).Check().Enabled);
        Assert.True(new SurveyLinksCheck(Options.Create(new SurveyOptions { LinkBaseUrl = new Uri("https://kysely.example.fi/api/"), TokenSigningKey = Key, OptOutKey = Key })).Check().Enabled);
    }

    [Fact]
    public void Check_SmtpPasswordUnresolved_SwitchesOffMailOnly()
    {
        var off = new SurveyMailCheck(Options.Create(new SmtpOptions { UserName = "kysely", Password = Unresolved.Replace("survey-token-signing-key", "smtp-password", StringComparison.Ordinal) })).Check();
        var noAuth = new SurveyMailCheck(Options.Create(new SmtpOptions())).Check();

        Assert.Equal(Features.SurveyMail, off.Feature);
        Assert.Contains("Smtp:Password", off.DisabledBecause, StringComparison.Ordinal);
        Assert.True(noAuth.Enabled);
    }

    [Fact]
    public async Task HandleTrigger_SigningKeyUnresolved_CreatesTheInvitationAndSendsItOnceTheKeyArrives()
    {
        var storage = azurite.NewStorageSettings();
        var address = mail.NewAddress();
        await using (var keyless = await SurveyScenario.StartAsync(azurite, mail, With(storage, Unresolved)))
        {
            await keyless.StoreAsync(SurveyScenario.InnovativeNotice("EF-7801", address));

            var held = await keyless.Dispatcher.HandleTriggerAsync("EF-7801", CancellationToken.None);
            var dispatched = await keyless.Dispatcher.DispatchDueAsync(CancellationToken.None);

            Assert.Equal(1, held.Counts.Created);
            Assert.Equal(0, held.Counts.Invited + dispatched.Invited);
            var pending = Assert.Single(await keyless.AllInvitationsAsync());
            Assert.Equal(InvitationStatus.Pending, pending.Status);
            Assert.Null(pending.ClaimedStep);
            Assert.Empty(await mail.MessagesToAsync(address));
        }

        await using var keyed = await SurveyScenario.StartAsync(azurite, mail, With(storage, Key));

        var sent = await keyed.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, sent.Invited);
        Assert.Single(await mail.WaitForMessagesAsync(address, 1));
    }

    [Theory]
    [InlineData("fi", "Kysely on tilapäisesti poissa käytöstä")]
    [InlineData("sv", "Enkäten är tillfälligt ur bruk")]
    [InlineData("en", "The survey is temporarily unavailable")]
    public async Task GetAsync_SigningKeyUnresolved_Answers503InTheRequestedLanguage(string language, string title)
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, With(azurite.NewStorageSettings(), Unresolved));

        var page = await scenario.Form.GetAsync(new string('A', 43), language, null, null, CancellationToken.None);

        Assert.Equal(503, page.StatusCode);
        Assert.Contains(title, page.Html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> storage, string key) =>
        new(storage)
        {
            ["Survey:LinkBaseUrl"] = "https://kysely.example.fi/api/",
            ["Survey:TokenSigningKey"] = key,
            ["Survey:OptOutKey"] = Key,
        };
}
