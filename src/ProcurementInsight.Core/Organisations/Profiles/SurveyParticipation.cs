namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>An organisation's follow-up survey invitations and answers, by design phase.</summary>
/// <param name="FlaggedInvited">Invitations about procurements it flagged as innovative (with a contact address).</param>
/// <param name="FlaggedAnswered">Of those, answered.</param>
/// <param name="ControlInvited">Invitations drawn into the control sample of unflagged procurements.</param>
/// <param name="ControlAnswered">Of those, answered.</param>
/// <param name="NoContact">Procurements that would have been surveyed but had no contact address.</param>
public sealed record SurveyParticipation(int FlaggedInvited, int FlaggedAnswered, int ControlInvited, int ControlAnswered, int NoContact)
{
    /// <summary>Invitations sent or to be sent.</summary>
    public int Invited => FlaggedInvited + ControlInvited;

    /// <summary>Answers.</summary>
    public int Answered => FlaggedAnswered + ControlAnswered;

    /// <summary>Answers / invitations; null without invitations.</summary>
    public double? ResponseRate => Invited == 0 ? null : Answered / (double)Invited;

    /// <summary>Flagged answers / flagged invitations; null without any.</summary>
    public double? FlaggedResponseRate => FlaggedInvited == 0 ? null : FlaggedAnswered / (double)FlaggedInvited;

    /// <summary>Control answers / control invitations; null without any.</summary>
    public double? ControlResponseRate => ControlInvited == 0 ? null : ControlAnswered / (double)ControlInvited;
}
