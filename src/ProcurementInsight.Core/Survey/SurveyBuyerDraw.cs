namespace ProcurementInsight.Core.Survey;

/// <summary>The per-address cap's decision for one buyer of a selected procedure, recorded once so it is never offered again.</summary>
/// <param name="InvitationId">The invitation id of the procedure and buyer.</param>
/// <param name="Rank">Which procedure this was for the buyer's address in the quarter (1, 2, …); null without a usable address.</param>
/// <param name="CapRate">The probability the cap kept it: 1 up to the cap, (C/k)² above.</param>
/// <param name="Invited">True when the cap kept it; false when it was drawn but subsampled out.</param>
public sealed record SurveyBuyerDraw(string InvitationId, int? Rank, double CapRate, bool Invited);
