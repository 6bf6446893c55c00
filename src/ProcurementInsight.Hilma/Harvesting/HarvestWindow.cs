namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>A half-open time range [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Start">Inclusive start.</param>
/// <param name="End">Exclusive end.</param>
public readonly record struct HarvestWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The window's length.</summary>
    public TimeSpan Length => End - Start;

    /// <summary>Consecutive windows of at most <paramref name="size"/> covering [from, to).</summary>
    public static IReadOnlyList<HarvestWindow> Cover(DateTimeOffset from, DateTimeOffset to, TimeSpan size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(size, TimeSpan.Zero);
        var windows = new List<HarvestWindow>();
        for (var start = from; start < to; start += size)
        {
            var end = start + size < to ? start + size : to;
            windows.Add(new HarvestWindow(start, end));
        }

        return windows;
    }

    /// <summary>The two halves of this window.</summary>
    public (HarvestWindow First, HarvestWindow Second) Split()
    {
        var middle = Start + TimeSpan.FromTicks(Length.Ticks / 2);
        return (new HarvestWindow(Start, middle), new HarvestWindow(middle, End));
    }

    /// <summary>The OData filter selecting this window on <paramref name="field"/>.</summary>
    public string ToFilter(string field) =>
        $"{field} ge {Format(Start)} and {field} lt {Format(End)}";

    /// <summary>
    /// An OData <c>Edm.DateTimeOffset</c> literal in UTC: whole seconds as in the examples of the search
    /// service (<c>2026-01-01T00:00:00Z</c>), and seven fraction digits only where a split window needs them.
    /// </summary>
    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(
            instant.UtcTicks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
            System.Globalization.CultureInfo.InvariantCulture);
}
