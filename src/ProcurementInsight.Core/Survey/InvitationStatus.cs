namespace ProcurementInsight.Core.Survey;

/// <summary>Where one survey invitation stands. Timestamps on <see cref="SurveyInvitation"/> keep the history.</summary>
public enum InvitationStatus
{
    /// <summary>Created, the invitation e-mail not sent yet (or being retried after a delivery failure).</summary>
    Pending = 0,

    /// <summary>The invitation e-mail was sent.</summary>
    Sent = 1,

    /// <summary>At least one reminder was sent.</summary>
    Reminded = 2,

    /// <summary>An answer is saved.</summary>
    Answered = 3,

    /// <summary>The recipient opted out; nothing more is sent.</summary>
    OptedOut = 4,

    /// <summary>The e-mail could not be delivered.</summary>
    Bounced = 5,

    /// <summary>The notice had no usable contact e-mail.</summary>
    NoContact = 6,
}
