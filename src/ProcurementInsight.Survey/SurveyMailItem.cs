using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>One survey in a mail: an invitation and the step (0 the invitation, 1 and up the reminders) the mail carries for it.</summary>
/// <param name="Invitation">The invitation, as claimed.</param>
/// <param name="Step">The step sent.</param>
public sealed record SurveyMailItem(SurveyInvitation Invitation, int Step)
{
    /// <summary>True when the invitation is of the control sample (drawn at random, not flagged as innovative).</summary>
    public bool IsControl => Invitation.Design?.Phase == SurveyPhase.Control;
}
