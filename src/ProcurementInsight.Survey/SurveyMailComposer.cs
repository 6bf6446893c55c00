using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Survey;

/// <summary>
/// Writes the survey e-mail of one address: one survey reads as before (invitation or reminder), several
/// become a digest listing each procedure with its own signed link. Control-sample surveys say they were
/// drawn at random, never that the buyer reported innovation. Every mail carries the address's opt-out link.
/// </summary>
public sealed class SurveyMailComposer(SurveyTokens tokens, SurveyAddresses addresses, IOptions<SurveyOptions> options)
{
    /// <summary>The link to an invitation's form.</summary>
    public Uri LinkOf(string invitationId) => new(options.Value.LinkBaseUrl, "survey/" + tokens.LinkToken(invitationId));

    /// <summary>The one-click opt-out link of an invitation's address, with the page in <paramref name="language"/>.</summary>
    public Uri OptOutLinkOf(string invitationId, string language) =>
        new(options.Value.LinkBaseUrl, SurveyFormService.OptOutRoute.Replace("{key}", tokens.OptOutToken(invitationId, language), StringComparison.Ordinal));

    /// <summary>The language of a mail: the one most of its surveys have; on a tie, Finnish.</summary>
    public static string LanguageOf(IReadOnlyCollection<SurveyMailItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var counts = items.GroupBy(i => SurveyTexts.Normalize(i.Invitation.Language)).Select(g => (Language: g.Key, Count: g.Count())).ToList();
        var most = counts.Max(c => c.Count);
        var leaders = counts.Where(c => c.Count == most).ToList();
        return leaders.Count == 1 ? leaders[0].Language : "fi";
    }

    /// <summary>
    /// The one e-mail to the items' address in dispatch run <paramref name="run"/>. Its Message-ID is
    /// derived from the address's keyed hash, the run and the steps, so it is stable for them and names no address.
    /// </summary>
    public SurveyMail Compose(IReadOnlyList<SurveyMailItem> items, string run)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(run);
        if (items.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one survey.", nameof(items));
        }

        var ordered = items.OrderBy(i => i.Invitation.CreatedAt).ThenBy(i => i.Invitation.Id, StringComparer.Ordinal).ToList();
        var email = ordered[0].Invitation.Email ?? throw new InvalidOperationException("An invitation without an e-mail has nothing to send.");
        var language = LanguageOf(ordered);
        var optOut = OptOutLinkOf(ordered[0].Invitation.Id, language);
        var (subject, blocks) = ordered.Count == 1 ? Single(ordered[0], language) : Digest(ordered, language);
        string T(string key) => SurveyTexts.Get(language, key);
        List<MailBlock> all = [new(T("mail-greeting")), .. blocks, new(T("mail-optout"), optOut.AbsoluteUri, Quiet: true), new(T("mail-signature"))];
        var text = string.Join("\n\n", all.Select(b => b.Text)) + "\n";
        var html = new StringBuilder(2_048 + (1_024 * ordered.Count));
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">

            """);
        foreach (var block in all)
        {
            html.Append(block.Html()).Append('\n');
        }

        html.Append("</body></html>\n");
        return new SurveyMail(email, subject, text, html.ToString(), MessageId(email, run, ordered), language, optOut);
    }

    private (string Subject, IReadOnlyList<MailBlock> Blocks) Single(SurveyMailItem item, string language)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        var invitation = item.Invitation;
        var control = item.IsControl ? "-control" : string.Empty;
        var subject = Format(T((item.Step == 0 ? "mail-subject" : "reminder-subject") + control), Shorten(invitation.Title, 120));
        var body = Format(T((item.Step == 0 ? "mail-body" : "reminder-body") + control), invitation.BuyerName, invitation.Title);
        return (subject, [
            new(body),
            new(T("mail-link"), LinkOf(invitation.Id).AbsoluteUri),
            new(Format(T("mail-expires"), SurveyTexts.FormatDate(language, invitation.ExpiresAt))),
        ]);
    }

    private (string Subject, IReadOnlyList<MailBlock> Blocks) Digest(List<SurveyMailItem> items, string language)
    {
        string T(string key) => SurveyTexts.Get(language, key);
        var count = items.Count.ToString(CultureInfo.InvariantCulture);
        var subject = Format(T(items.All(i => i.Step > 0) ? "digest-reminder-subject" : "digest-subject"), count);
        var blocks = new List<MailBlock> { new(Format(T("digest-intro"), count)) };
        if (items.Any(i => i.IsControl))
        {
            blocks.Add(new(T("digest-control-note")));
        }

        for (var n = 0; n < items.Count; n++)
        {
            var (invitation, step) = (items[n].Invitation, items[n].Step);
            var why = items[n].IsControl ? T("digest-item-control") : Format(T("digest-item-flagged"), invitation.BuyerName);
            blocks.Add(new MailBlock(
                string.Join("\n", [
                    string.Create(CultureInfo.InvariantCulture, $"{n + 1}. {invitation.Title}"),
                    $"{T(step == 0 ? "digest-new" : "digest-reminder")} · {T("buyer")}: {invitation.BuyerName}",
                    why,
                    Format(T("mail-expires"), SurveyTexts.FormatDate(language, invitation.ExpiresAt)),
                ]),
                LinkOf(invitation.Id).AbsoluteUri,
                Heading: true));
        }

        return (subject, blocks);
    }

    private string MessageId(string email, string run, IReadOnlyList<SurveyMailItem> items)
    {
        var steps = string.Join(';', items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Invitation.Id}:{i.Step}")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{addresses.KeyOf(email).Key}|{run}|{steps}"));
        return "survey-" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@procurement-insight";
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    // The framework's encoder, letting Finnish and Swedish letters through as they are in a UTF-8 mail.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A paragraph of the mail: text, optionally a link on its own line, in the text and the HTML body alike.</summary>
    private sealed record MailBlock(string Body, string? Link = null, bool Quiet = false, bool Heading = false)
    {
        public string Text => Link is null ? Body : Body + "\n" + Link;

        public string Html()
        {
            var lines = Body.Split('\n');
            var html = new StringBuilder(Quiet ? "<p style=\"color: #555\">" : "<p>");
            for (var i = 0; i < lines.Length; i++)
            {
                var line = E(lines[i]);
                html.Append(i > 0 ? "<br>" : string.Empty).Append(Heading && i == 0 ? "<strong>" + line + "</strong>" : line);
            }

            if (Link is not null)
            {
                html.Append("<br><a href=\"").Append(E(Link)).Append("\">").Append(E(Link)).Append("</a>");
            }

            return html.Append("</p>").ToString();
        }
    }
}
