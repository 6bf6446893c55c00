using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Survey.Questionnaire;
using ProcurementInsight.Web;

namespace ProcurementInsight.Survey.Tests.Pages;

/// <summary>
/// Every survey page in fi/sv/en against its golden structure (<see cref="PageStructure"/>), captured from the
/// hand-built pages before they were rendered through Razor, so nothing a respondent sees changes unnoticed.
/// Set <c>SURVEY_GOLDEN_UPDATE=1</c> to rewrite the golden files after an intended change, and say why in the commit.
/// </summary>
public sealed class SurveyPageSnapshotTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private const string Hostile = "<script>alert('x')</script><b onmouseover=\"steal()\">&amp;";

    public static TheoryData<string> Cases() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Render_EveryPageInEveryLanguage_HasTheGoldenStructure(string name)
    {
        var golden = Path.Combine(AppContext.BaseDirectory, "Pages", "Golden", name + ".txt");

        var structure = PageStructure.Of(await Pages[name]());

        if (Environment.GetEnvironmentVariable("SURVEY_GOLDEN_UPDATE") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(SourceDirectory(), "Golden", name + ".txt"), structure);
            return;
        }

        Assert.True(File.Exists(golden), $"No golden structure for {name}: run with SURVEY_GOLDEN_UPDATE=1 once.");
        Assert.Equal(await File.ReadAllTextAsync(golden), structure);
    }

    private static readonly SurveyFormRenderer Renderer = new(new ServiceCollection().AddPages().BuildServiceProvider().GetRequiredService<PageRenderer>());

    private static readonly Dictionary<string, Func<Task<string>>> Pages = Build();

    private static Dictionary<string, Func<Task<string>>> Build()
    {
        var questionnaire = QuestionnaireCatalog.Get(QuestionnaireCatalog.CurrentVersion);
        var hilma = new Uri("https://www.hankintailmoitukset.fi/fi/public/notice/EF-61001");
        var none = new Dictionary<string, IReadOnlyList<string>>();
        var noErrors = new Dictionary<string, string>();
        var pages = new Dictionary<string, Func<Task<string>>>(StringComparer.Ordinal);
        foreach (var language in SurveyTexts.Languages)
        {
            var lang = language;
            var invitation = Invitation(lang, SurveyPhase.Flagged);
            var partial = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["new-to-buyer"] = ["completely-new"],
                ["new-to-market"] = ["totally-invented"],
                ["innovative-share"] = ["\"><script>x()</script>"],
                ["subject"] = ["services", "process"],
                ["impacts"] = [Hostile],
            };
            var (_, errors) = questionnaire.Validate(partial, lang);
            var complete = SurveyScenario.CompleteAnswer("form.token");
            complete["impacts"] = [Hostile];
            complete["barriers"] = ["Ei esteitä."];

            pages[$"form-empty-{lang}"] = () => Renderer.FormAsync(questionnaire, invitation, lang, "tok.en", "form.token", hilma, none, noErrors, null, null);
            pages[$"form-errors-{lang}"] = () => Renderer.FormAsync(questionnaire, invitation, lang, "tok.en", "form.token", hilma, partial, errors, null, null);
            pages[$"form-saved-{lang}"] = () => Renderer.FormAsync(questionnaire, invitation, lang, "tok.en", "form.token", hilma, complete, noErrors, null, Created.AddDays(1));
            pages[$"form-stale-{lang}"] = () => Renderer.FormAsync(questionnaire, invitation, lang, "tok.en", "form.token", hilma, partial, noErrors, SurveyTexts.Get(lang, "stale-form"), null);
            pages[$"form-control-{lang}"] = () => Renderer.FormAsync(questionnaire, Invitation(lang, SurveyPhase.Control), lang, "tok.en", "form.token", hilma, none, noErrors, null, null);
            pages[$"thanks-{lang}"] = () => Renderer.ThanksAsync(invitation, lang, "tok.en", hilma, "profile.token");
            pages[$"thanks-without-profile-{lang}"] = () => Renderer.ThanksAsync(invitation, lang, "tok.en", hilma);
            pages[$"optout-form-{lang}"] = () => Renderer.OptOutAsync(lang, "tok.en", "form.token");
            pages[$"optout-link-{lang}"] = () => Renderer.OptOutLinkAsync(lang, "opt.key");
            foreach (var (title, body) in new[] { ("unavailable-title", "unavailable-body"), ("paused-title", "paused-body"), ("too-large-title", "too-large"), ("optout-done-title", "optout-done-body") })
            {
                pages[$"{title.Replace("-title", string.Empty, StringComparison.Ordinal)}-{lang}"] = () => Renderer.MessageAsync(lang, title, body);
            }
        }

        return pages;
    }

    private static SurveyInvitation Invitation(string language, SurveyPhase phase) =>
        new(new string('1', 32), "EF-61001", "proc-61001", "Älykäs <katuvalaistus> & \"ohjaus\" 'x'", "Helsingin kaupunki & <Espoo>", "0201256-6", Sector.Municipal, "34",
            Created, language, "kirjaamo@hel.example", QuestionnaireCatalog.CurrentVersion, InvitationStatus.Sent, Created, Created.AddDays(60))
        {
            Design = new SurveyDesignPoint(phase, "Municipal|34|medium", phase == SurveyPhase.Control ? 0.05 : 1.0),
        };

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!; // The compiler always passes the path.
}
