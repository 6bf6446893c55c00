using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey;

namespace ProcurementInsight.Cli.Respondents;

/// <summary>
/// Where simulated respondents find their survey links: in the e-mails a mail server received (MailDev's REST
/// API, <c>GET /api/email</c>), every <c>…/survey/{token}</c> link of each mail, since one mail may list
/// several surveys; or, read-only, from the stored invitations that were sent, built as the e-mails build them.
/// </summary>
internal static partial class SurveyLinks
{
    /// <summary>Every distinct survey link in the text and HTML of every e-mail the MailDev at <paramref name="api"/> holds, in the order received.</summary>
    public static async Task<IReadOnlyList<Uri>> FromMailAsync(HttpClient http, Uri api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(api);
        var baseAddress = api.AbsoluteUri.EndsWith('/') ? api : new Uri(api.AbsoluteUri + "/");
        using var mails = await http.GetFromJsonAsync<JsonDocument>(new Uri(baseAddress, "email"), cancellationToken)
            ?? throw new InvalidOperationException($"The mail server at {api} answered no list of e-mails.");
        var links = new List<string>();
        foreach (var mail in mails.RootElement.EnumerateArray())
        {
            foreach (var part in new[] { "text", "html" })
            {
                if (mail.TryGetProperty(part, out var body) && body.ValueKind == JsonValueKind.String)
                {
                    links.AddRange(Find(body.GetString()!)); // A string value, checked above.
                }
            }
        }

        return [.. links.Distinct(StringComparer.Ordinal).Select(l => new Uri(l))];
    }

    /// <summary>The links of every stored invitation that has been sent, as <see cref="SurveyMailComposer.LinkOf"/> writes them into e-mails.</summary>
    public static async Task<IReadOnlyList<Uri>> FromStorageAsync(ISurveyInvitationStore invitations, SurveyMailComposer composer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        ArgumentNullException.ThrowIfNull(composer);
        var links = new List<(string Id, Uri Link)>();
        await foreach (var invitation in invitations.ListAsync(cancellationToken))
        {
            if (invitation.FirstSentAt is not null)
            {
                links.Add((invitation.Id, composer.LinkOf(invitation.Id)));
            }
        }

        return [.. links.OrderBy(l => l.Id, StringComparer.Ordinal).Select(l => l.Link)];
    }

    /// <summary>The survey links in a text or HTML body (HTML attribute values and text alike).</summary>
    public static IEnumerable<string> Find(string body) => LinkPattern().Matches(body).Select(m => m.Value);

    [GeneratedRegex(@"https?://[^\s""'<>]+/survey/(?!optout/)[A-Za-z0-9_-]+(?![/A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
