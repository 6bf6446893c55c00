using System.Globalization;
using System.Net;
using System.Text;
using ProcurementInsight.Broker.Matching;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The buyer page's block on how a need was read ("we read your need as …": language, CPV codes with labels in the
/// need's language, innovation wording) and, when nothing matched through its words, why and what to try; in the
/// page's language (fi, sv, en).
/// </summary>
internal static class NeedReadingHtml
{
    private static readonly PlainText ReadAs = new("Luimme tarpeesi näin:", "Vi läste ditt behov så här:", "We read your need as:");
    private static readonly PlainText LanguageLabel = new("Kieli", "Språk", "Language");
    private static readonly PlainText CpvLabel = new("CPV-koodit", "CPV-koder", "CPV codes");
    private static readonly PlainText TermsLabel = new("Haetut sanat", "Sökta ord", "Words searched");
    private static readonly PlainText UnknownLabel = new("Tuntemattomat sanat", "Okända ord", "Unknown words");
    private static readonly PlainText InnovationLabel = new("Innovaatio", "Innovation", "Innovation");
    private static readonly PlainText InnovationWorded = new(
        "tarve on muotoiltu innovaatioksi ({0}): innovaatiopotentiaalin paino {1}",
        "behovet är formulerat som innovation ({0}): innovationspotentialens vikt {1}",
        "the need is worded for innovation ({0}): innovation potential weighs {1}");
    private static readonly PlainText NoResults = new("Sopivia toimittajia ei löytynyt.", "Inga passande leverantörer hittades.", "No matching suppliers were found.");
    private static readonly PlainText TryLabel = new("Kokeile:", "Försök:", "Try:");

    public static void Append(StringBuilder html, MatchResult result, string? lang)
    {
        if (result.Interpretation is { } reading)
        {
            html.Append("<section aria-label=\"").Append(E(ReadAs.In(lang))).Append("\"><h3>").Append(E(ReadAs.In(lang))).Append("</h3><dl>");
            Row(html, LanguageLabel.In(lang), reading.Language);
            if (reading.CpvReadings.Count > 0)
            {
                Row(html, CpvLabel.In(lang), string.Join("; ", reading.CpvReadings.Select(r => r.Code + " " + r.Label)));
            }

            Row(html, TermsLabel.In(lang), string.Join(", ", reading.Terms));
            if (reading.UnknownTerms.Count > 0)
            {
                Row(html, UnknownLabel.In(lang), string.Join(", ", reading.UnknownTerms));
            }

            if (reading.InnovationCues.Count > 0)
            {
                Row(html, InnovationLabel.In(lang), string.Format(CultureInfo.InvariantCulture, InnovationWorded.In(lang), string.Join(", ", reading.InnovationCues), reading.InnovationWeight));
            }

            html.Append("</dl></section>");
        }

        if (result.Matches.Count == 0)
        {
            html.Append("<p class=\"error\" role=\"status\">").Append(E(NoResults.In(lang))).Append("</p>");
        }

        if (result.Advice is { } advice)
        {
            html.Append("<p role=\"status\">").Append(E(advice.Why.In(lang))).Append(' ').Append(E(TryLabel.In(lang))).Append(' ').Append(E(advice.Try.In(lang))).Append("</p>");
        }
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
