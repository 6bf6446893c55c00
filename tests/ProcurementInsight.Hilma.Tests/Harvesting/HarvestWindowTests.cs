using ProcurementInsight.Hilma.Harvesting;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

public sealed class HarvestWindowTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cover_TenDaysInWeeks_GivesContiguousWindowsEndingAtTo()
    {
        var windows = HarvestWindow.Cover(Start, Start.AddDays(10), TimeSpan.FromDays(7));

        Assert.Equal([new HarvestWindow(Start, Start.AddDays(7)), new HarvestWindow(Start.AddDays(7), Start.AddDays(10))], windows);
    }

    [Fact]
    public void ToFilter_WholeSeconds_UsesThePlainUtcLiteral()
    {
        var window = new HarvestWindow(Start, Start.AddDays(1));

        Assert.Equal("datePublished ge 2025-03-03T00:00:00Z and datePublished lt 2025-03-04T00:00:00Z", window.ToFilter("datePublished"));
    }

    [Fact]
    public void ToFilter_OffsetAndFractionalSplit_AreWrittenInUtcWithTheFraction()
    {
        var (first, _) = new HarvestWindow(new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.FromHours(2)), Start.AddSeconds(3)).Split();

        Assert.Equal("dateModified ge 2025-03-03T00:00:00Z and dateModified lt 2025-03-03T00:00:01.5000000Z", first.ToFilter("dateModified"));
    }
}
