namespace ProcurementInsight.Core.Survey;

/// <summary>A survey trigger message that kept failing and was set aside with the reason.</summary>
/// <param name="Message">The message text as it was queued.</param>
/// <param name="Reason">Why it failed the last time.</param>
/// <param name="DequeueCount">How often it was tried.</param>
/// <param name="PoisonedAt">When it was set aside.</param>
public sealed record PoisonedSurveyTrigger(string Message, string Reason, long DequeueCount, DateTimeOffset PoisonedAt);
