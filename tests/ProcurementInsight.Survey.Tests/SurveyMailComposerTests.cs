using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Survey.Questionnaire;
using ProcurementInsight.Web;

namespace ProcurementInsight.Survey.Tests;

/// <summary>The wording of survey mails and of the form's intro, flagged and control, in every language.</summary>
public sealed class SurveyMailComposerTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    // The flagged wording, which a control-sample buyer must never read: it never reported innovation.
    private static readonly string[] ReportedSentences = ["ilmoitti HILMAssa", "Ilmoititte", "angav i HILMA", "Ni angav", "reported the procurement", "You reported"];

    [Theory]
    [InlineData("fi", "Kysely hankinnan innovatiivisuudesta: Katujen kunnossapito", "valittiin satunnaisesti otokseen julkisista hankinnoista", "vastaus \"ei innovaatiota\" on yhtä arvokas")]
    [InlineData("sv", "Enkät om innovation i upphandlingen: Katujen kunnossapito", "har valts slumpmässigt till ett urval av offentliga upphandlingar", "svaret \"ingen innovation\" är lika värdefullt")]
    [InlineData("en", "Survey on innovation in the procurement: Katujen kunnossapito", "was drawn at random into a sample of public procurements", "\"no innovation\" is an equally valuable answer")]
    public void Compose_ControlInvitation_SaysDrawnAtRandomNeverReported(string language, string subject, string drawn, string noInnovation)
    {
        var mail = Composer().Compose([new SurveyMailItem(Invitation("1", language, SurveyPhase.Control), 0)], "run-1");

        Assert.Equal(subject, mail.Subject);
        Assert.Contains(drawn, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(noInnovation, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(drawn, mail.HtmlBody, StringComparison.Ordinal);
        Assert.All(ReportedSentences, s => Assert.DoesNotContain(s, mail.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_DigestWithControlAndFlagged_ExplainsTheSampleAndKeepsEachItemsWording()
    {
        var mail = Composer().Compose([new SurveyMailItem(Invitation("1", "fi", SurveyPhase.Control), 0), new SurveyMailItem(Invitation("2", "fi", null), 1)], "run-1");

        Assert.Contains("Osa hankinnoista valittiin satunnaisesti otokseen", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Uusi kysely · Hankintayksikkö: Espoon kaupunki\nHankinta valittiin satunnaisotokseen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Muistutus · Hankintayksikkö: Espoon kaupunki\nEspoon kaupunki ilmoitti HILMAssa hankinnan olevan innovatiivinen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, (mail.TextBody.Length - mail.TextBody.Replace("ilmoitti HILMAssa", string.Empty, StringComparison.Ordinal).Length) / "ilmoitti HILMAssa".Length);
    }

    [Theory]
    [InlineData(new[] { "sv", "sv", "en" }, "sv")]
    [InlineData(new[] { "sv", "en" }, "fi")]
    [InlineData(new[] { "en", "fi", "en", "sv" }, "en")]
    public void Compose_MixedLanguages_MailIsInTheMostCommonElseFinnish(string[] languages, string expected)
    {
        var items = languages.Select((l, i) => new SurveyMailItem(Invitation((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), l, null), 0)).ToList();

        var mail = Composer().Compose(items, "run-1");

        Assert.Equal(expected, mail.Language);
        Assert.All(items, i => Assert.Contains(i.Invitation.Title, mail.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_SameAddressRunAndSteps_SameMessageIdElseAnother()
    {
        var composer = Composer();
        SurveyMailItem[] items = [new(Invitation("1", "fi", null), 0), new(Invitation("2", "fi", null), 0)];

        var first = composer.Compose(items, "run-1").MessageId;
        var again = composer.Compose([items[1], items[0]], "run-1").MessageId;
        var otherRun = composer.Compose(items, "run-2").MessageId;
        var otherStep = composer.Compose([items[0], items[1] with { Step = 1 }], "run-1").MessageId;

        Assert.Equal(first, again);
        Assert.Equal(3, new[] { first, otherRun, otherStep }.Distinct().Count());
        Assert.DoesNotContain("espoo", first, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fi", "Hankintanne valittiin satunnaisesti otokseen", "Ilmoititte hankinnan olevan innovatiivinen.")]
    [InlineData("sv", "Er upphandling har valts slumpmässigt till ett urval", "Ni angav att upphandlingen var innovativ.")]
    [InlineData("en", "Your procurement was drawn at random into a sample", "You reported this procurement as innovative.")]
    public async Task Form_ControlInvitation_IntroSaysDrawnAtRandom_FlaggedKeepsTodaysWording(string language, string control, string flagged)
    {
        var questionnaire = QuestionnaireCatalog.Get(QuestionnaireCatalog.CurrentVersion);
        var renderer = new SurveyFormRenderer(new ServiceCollection().AddPages().BuildServiceProvider().GetRequiredService<PageRenderer>());
        Task<string> RenderAsync(SurveyPhase? phase) => renderer.FormAsync(
            questionnaire, Invitation("1", language, phase), language, "token", "form", new Uri("https://example.invalid/"),
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>(), null, null);

        var controlForm = await RenderAsync(SurveyPhase.Control);
        var flaggedForm = await RenderAsync(SurveyPhase.Flagged);
        var legacyForm = await RenderAsync(null);

        Assert.Contains(control, controlForm, StringComparison.Ordinal);
        Assert.All(ReportedSentences, s => Assert.DoesNotContain(s, controlForm, StringComparison.Ordinal));
        Assert.Contains(flagged, flaggedForm, StringComparison.Ordinal);
        Assert.Contains(flagged, legacyForm, StringComparison.Ordinal);
        Assert.DoesNotContain(control, flaggedForm, StringComparison.Ordinal);
    }

    private static SurveyMailComposer Composer()
    {
        var options = Options.Create(new SurveyOptions());
        return new SurveyMailComposer(new SurveyTokens(options), new SurveyAddresses(options), options);
    }

    private static SurveyInvitation Invitation(string n, string language, SurveyPhase? phase) =>
        new(n.PadLeft(32, '0'), "EF-" + n, "proc-" + n, n == "1" ? "Katujen kunnossapito" : "Hankinta " + n, "Espoon kaupunki", null, Sector.Municipal, "45",
            Created, language, "kirjaamo@espoo.example", QuestionnaireCatalog.CurrentVersion, InvitationStatus.Pending, Created.AddSeconds(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)), Created.AddDays(60))
        {
            Design = phase is { } p ? new SurveyDesignPoint(p, "Municipal|45|medium", p == SurveyPhase.Control ? 0.05 : 1.0) : null,
        };
}
