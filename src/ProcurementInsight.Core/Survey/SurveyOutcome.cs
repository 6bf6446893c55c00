namespace ProcurementInsight.Core.Survey;

/// <summary>
/// One surveyed notice and how its survey ended. Non-responders are listed too, so the estimate can
/// correct for who answered.
/// </summary>
/// <param name="NoticeKey">The key of the notice that triggered the survey (<see cref="Notices.Notice.Key"/>).</param>
/// <param name="Status">Where the survey stands.</param>
/// <param name="Label">The answer's label when <paramref name="Status"/> is <see cref="SurveyOutcomeStatus.Answered"/>; otherwise null.</param>
/// <param name="Design">The invitation's phase, stratum and inclusion probability; null for an invitation made before the survey had a design (a flagged procedure surveyed with certainty).</param>
public sealed record SurveyOutcome(string NoticeKey, SurveyOutcomeStatus Status, SurveyLabel? Label, SurveyDesignPoint? Design = null);
