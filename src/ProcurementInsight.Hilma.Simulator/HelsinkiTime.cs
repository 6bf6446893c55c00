namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Finnish local time without depending on the host's time-zone database, so output is identical on
/// every machine: UTC+2, or UTC+3 from the last Sunday of March to the last Sunday of October (01:00 UTC).
/// </summary>
public static class HelsinkiTime
{
    /// <summary>The instant in Finnish local time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset utc)
    {
        var year = utc.UtcDateTime.Year;
        var summerStart = LastSunday(year, 3).AddHours(1);
        var summerEnd = LastSunday(year, 10).AddHours(1);
        var offset = utc.UtcDateTime >= summerStart && utc.UtcDateTime < summerEnd ? TimeSpan.FromHours(3) : TimeSpan.FromHours(2);
        return utc.ToOffset(offset);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
