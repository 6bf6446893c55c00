namespace ProcurementInsight.Core.Survey;

/// <summary>Where a follow-up survey of one notice stands, as far as the share estimate cares.</summary>
public enum SurveyOutcomeStatus
{
    /// <summary>Invited (or due to be), not answered yet.</summary>
    Pending = 0,

    /// <summary>Answered; the outcome carries the label.</summary>
    Answered = 1,

    /// <summary>The notice had no usable contact e-mail, so nobody could be asked.</summary>
    NoContact = 2,

    /// <summary>The recipient opted out.</summary>
    OptedOut = 3,

    /// <summary>The invitation could not be delivered.</summary>
    Bounced = 4,

    /// <summary>The survey closed without an answer.</summary>
    Expired = 5,
}
