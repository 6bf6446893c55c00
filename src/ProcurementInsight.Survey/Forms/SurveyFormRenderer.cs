using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Pages;
using ProcurementInsight.Survey.Questionnaire;
using ProcurementInsight.Web;

namespace ProcurementInsight.Survey.Forms;

/// <summary>
/// Server-rendered survey pages: Razor components (<c>Pages/</c>) rendered through <see cref="PageRenderer"/>, so
/// everything that came from outside (notice texts, answers) is HTML-encoded by default. Plain HTML with labels,
/// fieldsets and an error summary, usable by keyboard and screen reader, without scripts.
/// </summary>
public sealed class SurveyFormRenderer(PageRenderer pages)
{
    /// <summary>The form, filled with <paramref name="values"/>, with <paramref name="errors"/> by question id and an optional message on top.</summary>
    internal Task<string> FormAsync(
        SurveyQuestionnaire questionnaire,
        SurveyInvitation invitation,
        string language,
        string token,
        string formToken,
        Uri hilmaLink,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        IReadOnlyDictionary<string, string> errors,
        string? message,
        DateTimeOffset? savedAt) =>
        pages.RenderAsync<FormPage>(new Dictionary<string, object?>
        {
            [nameof(FormPage.Questionnaire)] = questionnaire,
            [nameof(FormPage.Invitation)] = invitation,
            [nameof(FormPage.Language)] = language,
            [nameof(FormPage.Token)] = token,
            [nameof(FormPage.FormToken)] = formToken,
            [nameof(FormPage.HilmaLink)] = hilmaLink,
            [nameof(FormPage.Values)] = values,
            [nameof(FormPage.Errors)] = errors,
            [nameof(FormPage.Message)] = message,
            [nameof(FormPage.SavedAt)] = savedAt,
        });

    /// <summary>The thank-you page after a save, with a link back to change the answers.</summary>
    /// <param name="invitation">The invitation answered.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="token">The survey link token.</param>
    /// <param name="hilmaLink">The notice in HILMA.</param>
    /// <param name="profileToken">The signed link token to the respondent's own organisation profile; null when there is none.</param>
    internal Task<string> ThanksAsync(SurveyInvitation invitation, string language, string token, Uri hilmaLink, string? profileToken = null) =>
        pages.RenderAsync<ThanksPage>(new Dictionary<string, object?>
        {
            [nameof(ThanksPage.Invitation)] = invitation,
            [nameof(ThanksPage.Language)] = language,
            [nameof(ThanksPage.Token)] = token,
            [nameof(ThanksPage.HilmaLink)] = hilmaLink,
            [nameof(ThanksPage.ProfileToken)] = profileToken,
        });

    /// <summary>The opt-out confirmation form of the survey form (posted back to the form with its form token).</summary>
    internal Task<string> OptOutAsync(string language, string token, string formToken) =>
        OptOutConfirmationAsync(language, token, [("_form", formToken), ("_lang", language), ("_action", "optout")]);

    /// <summary>The opt-out confirmation of the mail's one-click link: the button posts what a mail client would (RFC 8058).</summary>
    internal Task<string> OptOutLinkAsync(string language, string key) =>
        OptOutConfirmationAsync(language, key, [("List-Unsubscribe", "One-Click")]);

    /// <summary>A page with a title and one paragraph: opted out, unavailable, too large.</summary>
    internal Task<string> MessageAsync(string language, string titleKey, string bodyKey) =>
        pages.RenderAsync<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(MessagePage.Language)] = language,
            [nameof(MessagePage.TitleKey)] = titleKey,
            [nameof(MessagePage.BodyKey)] = bodyKey,
        });

    private Task<string> OptOutConfirmationAsync(string language, string action, IReadOnlyList<(string Name, string Value)> fields) =>
        pages.RenderAsync<OptOutPage>(new Dictionary<string, object?>
        {
            [nameof(OptOutPage.Language)] = language,
            [nameof(OptOutPage.Action)] = action,
            [nameof(OptOutPage.Fields)] = fields,
        });
}
