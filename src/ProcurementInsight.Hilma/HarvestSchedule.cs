namespace ProcurementInsight.Hilma;

/// <summary>When the harvest runs, in both the function app and its local twin.</summary>
public static class HarvestSchedule
{
    /// <summary>
    /// The app setting holding the NCRONTAB schedule (six fields, seconds first), read by the timer
    /// trigger as <c>%HarvestNoticesSchedule%</c>.
    /// </summary>
    public const string SettingName = "HarvestNoticesSchedule";

    /// <summary>Every two hours on the hour: HILMA publishes around 70 notices on a working day.</summary>
    public const string Default = "0 0 */2 * * *";
}
