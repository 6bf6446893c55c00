namespace ProcurementInsight.Broker.Matching;

/// <summary>How the broker read a need: shown to the buyer as "we read your need as …".</summary>
/// <param name="Language">The need's language (FIN, SWE, ENG): given by the buyer, or detected.</param>
/// <param name="LanguageDetected">True when detected from the text rather than given.</param>
/// <param name="Terms">The need's analysed terms (stems and compound parts, stop words dropped).</param>
/// <param name="UnknownTerms">Terms that no supplier's contracts and no CPV label in the language has.</param>
/// <param name="CpvReadings">The CPV codes whose labels best cover the need, best first, labels in its language.</param>
/// <param name="CpvUsed">The code CPV proximity was measured against: the buyer's, else the first reading; null without either.</param>
/// <param name="CpvFromReading">True when <paramref name="CpvUsed"/> is a reading, not the buyer's code.</param>
/// <param name="InnovationCues">Words that mark the need as worded for innovation (empty when it is not).</param>
/// <param name="InnovationWeight">The weight innovation potential got in the score (raised for an innovation-worded need).</param>
public sealed record MatchInterpretation(
    string Language,
    bool LanguageDetected,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> UnknownTerms,
    IReadOnlyList<CpvReading> CpvReadings,
    string? CpvUsed,
    bool CpvFromReading,
    IReadOnlyList<string> InnovationCues,
    double InnovationWeight);
