namespace ProcurementInsight.Core.Survey;

/// <summary>A procedure arriving for an e-mail address in a quarter: what the per-address cap counts.</summary>
/// <param name="Email">The recipient's address (stored only as a hash).</param>
/// <param name="Year">The year of the notice's publication.</param>
/// <param name="Quarter">The quarter (1–4) of the notice's publication.</param>
/// <param name="Procedure">The procedure; counted once however often it arrives.</param>
public sealed record SurveyCapSlot(string Email, int Year, int Quarter, string Procedure);
