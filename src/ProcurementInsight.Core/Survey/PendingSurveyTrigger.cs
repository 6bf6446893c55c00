namespace ProcurementInsight.Core.Survey;

/// <summary>A notice still owing its survey trigger (see <see cref="ISurveyTriggerOutbox"/>).</summary>
/// <param name="NoticeKey">The notice's key.</param>
/// <param name="Since">When the mark was made.</param>
public sealed record PendingSurveyTrigger(string NoticeKey, DateTimeOffset Since);
