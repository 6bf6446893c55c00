namespace ProcurementInsight.Core.Estimation;

/// <summary>The survey design of a year as it ran: invitations and answers per phase.</summary>
/// <param name="FlaggedInvited">Flagged procedures and buyers invited (every flagged one, subsampled only above the per-address cap).</param>
/// <param name="FlaggedAnswered">Of those, answered.</param>
/// <param name="ControlInvited">Unflagged procedures invited through the control sample.</param>
/// <param name="ControlAnswered">Of those, answered.</param>
/// <param name="NoContact">Procedures that could not be invited (no usable e-mail).</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size of the answers' design weights.</param>
public sealed record SurveyDesignSummary(int FlaggedInvited, int FlaggedAnswered, int ControlInvited, int ControlAnswered, int NoContact, double EffectiveSampleSize)
{
    /// <summary>Answered / invited among flagged procedures; 0 when none were invited.</summary>
    public double FlaggedResponseRate => FlaggedInvited == 0 ? 0 : (double)FlaggedAnswered / FlaggedInvited;

    /// <summary>Answered / invited in the control sample; 0 when none were invited.</summary>
    public double ControlResponseRate => ControlInvited == 0 ? 0 : (double)ControlAnswered / ControlInvited;
}
