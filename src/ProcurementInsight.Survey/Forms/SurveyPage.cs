using ProcurementInsight.Core.Pages;

namespace ProcurementInsight.Survey.Forms;

/// <summary>A rendered survey page: the status code and the HTML, with the headers every survey page carries.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Html">The whole document, UTF-8.</param>
public sealed record SurveyPage(int StatusCode, string Html)
{
    /// <summary>The content type of every survey page.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>
    /// Headers for every survey page: never cached or framed, no scripts, forms only to this site, and
    /// no Referer that would carry the token in the URL to the HILMA link.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Headers => PageHeaders.Headers;
}
