namespace ProcurementInsight.Survey;

/// <summary>The schedule of the survey dispatch timer (invitations due, retries, reminders).</summary>
public static class SurveySchedule
{
    /// <summary>The app setting holding the NCRONTAB schedule of <c>SendSurveyReminders</c>.</summary>
    public const string SettingName = "SendSurveyRemindersSchedule";

    /// <summary>Every 15 minutes, so a failed delivery is retried close to its backoff time.</summary>
    public const string Default = "0 */15 * * * *";
}
