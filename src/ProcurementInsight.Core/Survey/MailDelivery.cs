namespace ProcurementInsight.Core.Survey;

/// <summary>The outcome of one send and, for a failure, the reason.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Error">The failure in the server's words; null when sent.</param>
public sealed record MailDelivery(MailDeliveryOutcome Outcome, string? Error)
{
    /// <summary>A successful send.</summary>
    public static MailDelivery Sent { get; } = new(MailDeliveryOutcome.Sent, null);
}
