using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>One survey invitation of an organisation, as the profile reads it (no contact address, no free text is needed).</summary>
/// <param name="BusinessId">The invited buyer's business id (normalised).</param>
/// <param name="NoticeKey">The notice the invitation is about.</param>
/// <param name="Phase">Flagged census or control sample.</param>
/// <param name="NoContact">True when the notice gave no contact address, so nobody was asked.</param>
/// <param name="Label">The answer's label when answered; null otherwise.</param>
/// <param name="Values">The answer's values by question id when answered (only the multiple-choice dimensions are ever read); null otherwise.</param>
public sealed record OrganisationSurveyRecord(
    string BusinessId,
    string NoticeKey,
    SurveyPhase Phase,
    bool NoContact,
    SurveyLabel? Label,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Values)
{
    /// <summary>True when the invitation was answered.</summary>
    public bool Answered => Label is not null;
}
