namespace ProcurementInsight.Broker.Profiles;

/// <summary>When supplier profiles are rebuilt, in both the function app and its local twin.</summary>
public static class SupplierProfileSchedule
{
    /// <summary>The app setting holding the NCRONTAB schedule, read as <c>%BuildSupplierProfilesSchedule%</c>.</summary>
    public const string SettingName = "BuildSupplierProfilesSchedule";

    /// <summary>Daily at 03:30 UTC, after the night's harvests: result notices change the profiles slowly.</summary>
    public const string Default = "0 30 3 * * *";
}
