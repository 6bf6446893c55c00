using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>What the survey decided for one buyer of a procedure.</summary>
/// <param name="Buyer">The buyer.</param>
/// <param name="InvitationId">The invitation id of the procedure and buyer (<see cref="InvitationPlanner.InvitationId"/>).</param>
/// <param name="Record">The cap decision to record; null when the procedure was not selected.</param>
/// <param name="Design">The invitation's design point when the buyer is surveyed; null when not.</param>
public sealed record SurveyBuyerDecision(SurveyBuyer Buyer, string InvitationId, SurveyBuyerDraw? Record, SurveyDesignPoint? Design)
{
    /// <summary>True when the buyer is surveyed.</summary>
    public bool Surveyed => Design is not null;
}
