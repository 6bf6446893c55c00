namespace ProcurementInsight.Survey;

/// <summary>What handling one trigger did; <see cref="Rejected"/> names a message that can never succeed.</summary>
/// <param name="Counts">The invitations created and e-mails sent.</param>
/// <param name="Rejected">Why the trigger cannot be handled (e.g. the notice is not stored); null when handled.</param>
public sealed record TriggerResult(DispatchCounts Counts, string? Rejected);
