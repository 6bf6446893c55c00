using System.Text.RegularExpressions;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// Words that mark a need as worded for innovation, in Finnish, Swedish and English (innovatiivinen, uusi ratkaisu,
/// kokeilu, pilotti, tekoäly, kehittäminen, ennakoiva; innovativ, ny lösning, pilot, artificiell intelligens;
/// innovation, novel, pilot, artificial intelligence, AI…), matched as word beginnings, also inside compounds
/// (tekoälypohjainen).
/// </summary>
internal static partial class InnovationWording
{
    /// <summary>The cues found in the text, lower case, in order of first appearance.</summary>
    public static IReadOnlyList<string> Cues(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. Cue().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(
        @"(innovat\w*|innovaatio\w*|uu(si|den|tta) ratkaisu\w*|uudenlai\w*|kokeil\w*|pilot\w*|tekoäly\w*|kehittämi\w*|kehittä\w*|ennakoiv\w*|älykä\w*|automaati\w*|ny(a)? lösning\w*|nya tekni\w*|artificiell intelligens|utveckl\w*|novel|new solution\w*|artificial intelligence|machine learning|prototyp\w*|co-develop\w*|predictive|\bAI\b|\bML\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
