using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Survey.Forms;

/// <summary>
/// The survey form behind <c>GET</c>/<c>POST /api/survey/{token}</c>, the same in the function app and in
/// <c>serve</c>. A forged, unknown or expired link gets one and the same polite page (404), so it reveals
/// nothing about other surveys. An answer can be saved and changed until the survey closes; each save
/// replaces the one before, so repeated submissions never make two answers.
/// </summary>
public sealed class SurveyFormService(
    SurveyTokens tokens,
    ISurveyInvitationStore invitations,
    ISurveyAnswerStore answers,
    SurveyOptOuts optOuts,
    SurveyDispatcher dispatcher,
    TimeProvider time,
    IOptions<SurveyOptions> options,
    SurveyLinksCheck links,
    ILogger<SurveyFormService> logger,
    SurveyFormRenderer renderer,
    OrganisationProfileLinks? profileLinks = null)
{
    /// <summary>The route below the <c>api</c> prefix.</summary>
    public const string Route = "survey/{token}";

    /// <summary>
    /// The route of the one-click opt-out link every survey mail carries in <c>List-Unsubscribe</c>
    /// (RFC 8058), below the <c>api</c> prefix: <c>GET</c> asks for confirmation, <c>POST</c> opts out.
    /// </summary>
    public const string OptOutRoute = "survey/optout/{key}";

    /// <summary>The largest form body accepted, in bytes.</summary>
    public int MaxFormBytes => options.Value.MaxFormBytes;

    /// <summary>The form (or, with <c>action=optout</c>, the opt-out confirmation).</summary>
    /// <param name="token">The link token.</param>
    /// <param name="language">The language asked for with <c>?lang</c>, or null for the invitation's.</param>
    /// <param name="action"><c>optout</c> for the opt-out confirmation, else null.</param>
    /// <param name="acceptLanguage">The browser's <c>Accept-Language</c>, for pages about a link that names no invitation.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<SurveyPage> GetAsync(string token, string? language, string? action, string? acceptLanguage, CancellationToken cancellationToken)
    {
        if (await PausedAsync(language ?? SurveyTexts.FromAcceptLanguage(acceptLanguage)) is { } paused)
        {
            return paused;
        }

        var (invitation, known) = await OpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return await UnavailableAsync(language ?? known?.Language ?? SurveyTexts.FromAcceptLanguage(acceptLanguage));
        }

        var lang = language is null ? invitation.Language : SurveyTexts.Normalize(language);
        var now = time.GetUtcNow();
        if (action == "optout")
        {
            return new SurveyPage(200, await renderer.OptOutAsync(lang, token, tokens.FormToken(invitation.Id, now)));
        }

        if (invitation.OpenedAt is null)
        {
            await dispatcher.MutateAsync(invitation, i => i.OpenedAt is null ? i with { OpenedAt = now } : null, cancellationToken);
        }

        var answer = await answers.GetAsync(invitation.Id, cancellationToken);
        var questionnaire = QuestionnaireCatalog.Get(answer?.Label.QuestionnaireVersion ?? invitation.QuestionnaireVersion);
        return new SurveyPage(200, await renderer.FormAsync(
            questionnaire, invitation, lang, token, tokens.FormToken(invitation.Id, now), HilmaLink(invitation),
            answer?.Values ?? new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>(), null, answer?.Label.AnsweredAt));
    }

    /// <summary>Saves an answer or an opt-out; a page with the errors when the answer is not valid.</summary>
    /// <param name="token">The link token.</param>
    /// <param name="body">The posted form.</param>
    /// <param name="acceptLanguage">The browser's <c>Accept-Language</c>, for pages about a link that names no invitation.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<SurveyPage> PostAsync(string token, FormBody body, string? acceptLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var activity = SurveyTelemetry.ActivitySource.StartActivity("survey.form.post");
        var requested = body.Fields.GetValueOrDefault("_lang") is [var l] ? SurveyTexts.Normalize(l) : null;
        var browser = SurveyTexts.FromAcceptLanguage(acceptLanguage);
        if (await PausedAsync(requested ?? browser) is { } paused)
        {
            return paused;
        }

        if (!body.IsRead)
        {
            return body.StatusCode == 413 ? await TooLargeAsync(requested ?? browser) : new SurveyPage(body.StatusCode, await renderer.MessageAsync(requested ?? browser, "unavailable-title", "unavailable-body"));
        }

        var (invitation, known) = await OpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return await UnavailableAsync(requested ?? known?.Language ?? browser);
        }

        var lang = requested ?? invitation.Language;
        var now = time.GetUtcNow();
        var existing = await answers.GetAsync(invitation.Id, cancellationToken);
        var questionnaire = QuestionnaireCatalog.Get(existing?.Label.QuestionnaireVersion ?? invitation.QuestionnaireVersion);
        var submitted = body.Fields.Where(f => !f.Key.StartsWith('_')).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (!tokens.VerifyFormToken(invitation.Id, body.Fields.GetValueOrDefault("_form") is [var f] ? f : null, now, options.Value.FormTokenLifetime))
        {
            // Not posted from a form we rendered lately: keep what was typed (inert), ask to send again.
            return new SurveyPage(400, await renderer.FormAsync(
                questionnaire, invitation, lang, token, tokens.FormToken(invitation.Id, now), HilmaLink(invitation),
                submitted, new Dictionary<string, string>(), SurveyTexts.Get(lang, "stale-form"), null));
        }

        if (body.Fields.GetValueOrDefault("_action") is ["optout"])
        {
            // An open invitation was made with an e-mail (no-contact ones never open).
            await optOuts.OptOutAsync(invitation.Email!, cancellationToken);
            await dispatcher.MutateAsync(invitation, i => i with { Status = i.Status == InvitationStatus.Answered ? i.Status : InvitationStatus.OptedOut, OptedOutAt = i.OptedOutAt ?? now }, cancellationToken);
            Log.OptedOut(logger, invitation.Id);
            return new SurveyPage(200, await renderer.MessageAsync(lang, "optout-done-title", "optout-done-body"));
        }

        var (values, errors) = questionnaire.Validate(submitted, lang);
        if (errors.Count > 0)
        {
            return new SurveyPage(422, await renderer.FormAsync(
                questionnaire, invitation, lang, token, tokens.FormToken(invitation.Id, now), HilmaLink(invitation),
                submitted, errors, null, null));
        }

        // The store counts the revision under an ETag, so concurrent saves are each counted once.
        var saved = await answers.SaveAsync(new SurveyAnswer(invitation.Id, invitation.NoticeKey, values, questionnaire.LabelOf(values, now), now, 0), cancellationToken);
        await dispatcher.MutateAsync(invitation, i => i.Status == InvitationStatus.Answered && i.AnsweredAt is not null ? null
            : i with { Status = InvitationStatus.Answered, AnsweredAt = i.AnsweredAt ?? now, OpenedAt = i.OpenedAt ?? now }, cancellationToken);
        Log.AnswerSaved(logger, invitation.Id, saved.Revision);
        return new SurveyPage(200, await renderer.ThanksAsync(invitation, lang, token, HilmaLink(invitation), ProfileToken(invitation, lang)));
    }

    /// <summary>
    /// <c>GET</c> of the mail's opt-out link: a confirmation page in the mail's language with one button.
    /// It changes nothing, because mail scanners open links; a forged or unknown key gets the polite page.
    /// </summary>
    /// <param name="key">The opt-out key of the link.</param>
    /// <param name="acceptLanguage">The browser's <c>Accept-Language</c>, for a key that names no invitation.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<SurveyPage> GetOptOutAsync(string key, string? acceptLanguage, CancellationToken cancellationToken)
    {
        var opt = tokens.VerifyOptOutToken(key);
        if (opt is null || await invitations.GetAsync(opt.Value.InvitationId, cancellationToken) is not { Email: not null })
        {
            return await UnavailableAsync(opt?.Language ?? SurveyTexts.FromAcceptLanguage(acceptLanguage));
        }

        return new SurveyPage(200, await renderer.OptOutLinkAsync(opt.Value.Language, key));
    }

    /// <summary>
    /// <c>POST</c> of the mail's opt-out link, from a mail client's one-click button (RFC 8058) or the
    /// confirmation page: opts the address out and closes its open surveys. The signed key is the proof; the
    /// body is not needed. Repeating it changes nothing more.
    /// </summary>
    /// <param name="key">The opt-out key of the link.</param>
    /// <param name="acceptLanguage">The browser's <c>Accept-Language</c>, for a key that names no invitation.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<SurveyPage> PostOptOutAsync(string key, string? acceptLanguage, CancellationToken cancellationToken)
    {
        using var activity = SurveyTelemetry.ActivitySource.StartActivity("survey.optout");
        var opt = tokens.VerifyOptOutToken(key);
        if (opt is null || await invitations.GetAsync(opt.Value.InvitationId, cancellationToken) is not { Email: { } email })
        {
            return await UnavailableAsync(opt?.Language ?? SurveyTexts.FromAcceptLanguage(acceptLanguage));
        }

        Log.OptOutLinkUsed(logger, opt.Value.InvitationId);
        await optOuts.OptOutAsync(email, cancellationToken);
        return new SurveyPage(200, await renderer.MessageAsync(opt.Value.Language, "optout-done-title", "optout-done-body"));
    }

    /// <summary>The page for a body over <see cref="SurveyOptions.MaxFormBytes"/>: 413.</summary>
    private async Task<SurveyPage> TooLargeAsync(string? language) =>
        new(413, await renderer.MessageAsync(SurveyTexts.Normalize(language), "too-large-title", "too-large"));

    /// <summary>
    /// 503 in the respondent's language when the survey links are off (no usable signing key): no link can
    /// be checked, so the page asks to try again later and says nothing about the link; null otherwise.
    /// </summary>
    private async Task<SurveyPage?> PausedAsync(string? language)
    {
        if (links.Check().DisabledBecause is not { } reason)
        {
            return null;
        }

        Log.FormOff(logger, reason);
        return new SurveyPage(503, await renderer.MessageAsync(SurveyTexts.Normalize(language), "paused-title", "paused-body"));
    }

    private async Task<SurveyPage> UnavailableAsync(string? language) =>
        new(404, await renderer.MessageAsync(SurveyTexts.Normalize(language), "unavailable-title", "unavailable-body"));

    /// <summary>
    /// The invitation of a genuine token when it is still open (<c>Open</c>), and whatever invitation the token
    /// names (<c>Known</c>, open or not), so a closed one's page keeps the invitation's language.
    /// </summary>
    private async Task<(SurveyInvitation? Open, SurveyInvitation? Known)> OpenInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.VerifyLinkToken(token) is not { } id)
        {
            return (null, null);
        }

        var invitation = await invitations.GetAsync(id, cancellationToken);
        return invitation is null || invitation.ExpiresAt <= time.GetUtcNow() || invitation.Status is InvitationStatus.OptedOut or InvitationStatus.NoContact
            ? (null, invitation)
            : (invitation, invitation);
    }

    /// <summary>The signed link token to the respondent's own organisation profile; null when the buyer has no Finnish business id.</summary>
    private string? ProfileToken(SurveyInvitation invitation, string language) =>
        profileLinks is not null && Core.Organisations.BusinessId.TryParse(invitation.BuyerIdentifier, out var id) ? profileLinks.Create(id, language) : null;

    private Uri HilmaLink(SurveyInvitation invitation) =>
        new(string.Format(CultureInfo.InvariantCulture, options.Value.HilmaNoticeUrl, Uri.EscapeDataString(invitation.NoticeKey)));
}
