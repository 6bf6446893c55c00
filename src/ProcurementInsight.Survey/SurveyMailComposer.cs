using System.Globalization;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>Writes invitation and reminder e-mails in the invitation's language, with its signed link.</summary>
public sealed class SurveyMailComposer(SurveyTokens tokens, IOptions<SurveyOptions> options)
{
    /// <summary>The link to an invitation's form.</summary>
    public Uri LinkOf(string invitationId) => new(options.Value.LinkBaseUrl, "survey/" + tokens.LinkToken(invitationId));

    /// <summary>The e-mail of a step: 0 the invitation, 1 and up the reminders.</summary>
    public SurveyMail Compose(SurveyInvitation invitation, int step)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var language = invitation.Language;
        var link = LinkOf(invitation.Id).AbsoluteUri;
        string T(string key) => SurveyTexts.Get(language, key);
        var subject = string.Format(CultureInfo.InvariantCulture, T(step == 0 ? "mail-subject" : "reminder-subject"), Shorten(invitation.Title, 120));
        var body = string.Format(CultureInfo.InvariantCulture, T(step == 0 ? "mail-body" : "reminder-body"), invitation.BuyerName, invitation.Title);
        var expires = string.Format(CultureInfo.InvariantCulture, T("mail-expires"), SurveyTexts.FormatDate(language, invitation.ExpiresAt));
        var text = string.Join("\n\n", T("mail-greeting"), body, T("mail-link") + "\n" + link, expires, T("mail-optout"), T("mail-signature")) + "\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
            <p>{E(T("mail-greeting"))}</p>
            <p>{E(body)}</p>
            <p>{E(T("mail-link"))}<br><a href="{E(link)}">{E(link)}</a></p>
            <p>{E(expires)}</p>
            <p style="color: #555">{E(T("mail-optout"))}</p>
            <p>{E(T("mail-signature"))}</p>
            </body></html>
            """;
        var messageId = string.Create(CultureInfo.InvariantCulture, $"survey-{invitation.Id}-{step}@procurement-insight");
        return new SurveyMail(invitation.Email ?? throw new InvalidOperationException("An invitation without an e-mail has nothing to send."), subject, text, html, messageId, language);
    }

    private static string E(string text) => Html.Encode(text);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
