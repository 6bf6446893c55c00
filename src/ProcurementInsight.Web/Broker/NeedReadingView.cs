namespace ProcurementInsight.Web.Broker;

/// <summary>How the broker read a buyer's need, and what to try when nothing matched through its words.</summary>
/// <param name="Language">The need's language as read (e.g. <c>FIN</c>), or null when it was not read.</param>
/// <param name="CpvReadings">The CPV codes read from it, each with its label in the need's language.</param>
/// <param name="Terms">The words searched.</param>
/// <param name="UnknownTerms">Words no contract has.</param>
/// <param name="InnovationCues">Innovation wording found.</param>
/// <param name="InnovationWeight">The innovation potential's weight the wording gave.</param>
/// <param name="NoResults">True when no supplier matched.</param>
/// <param name="AdviceWhy">Why nothing matched through the words, in the page's language, if known.</param>
/// <param name="AdviceTry">What to try, in the page's language, if known.</param>
public sealed record NeedReadingView(
    string? Language,
    IReadOnlyList<string> CpvReadings,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> UnknownTerms,
    IReadOnlyList<string> InnovationCues,
    double InnovationWeight,
    bool NoResults,
    string? AdviceWhy,
    string? AdviceTry);
