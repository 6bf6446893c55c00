namespace ProcurementInsight.Core.Survey;

/// <summary>What happened to an e-mail handed to the mail server.</summary>
public enum MailDeliveryOutcome
{
    /// <summary>The server accepted it.</summary>
    Sent = 0,

    /// <summary>It failed for a reason that may pass (connection, 4xx); try again later.</summary>
    TransientFailure = 1,

    /// <summary>The server refused it for good (5xx on the recipient or message).</summary>
    PermanentFailure = 2,
}
