using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

public sealed class ControlAllocatorTests
{
    private static readonly DateTimeOffset January = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Allocate_FeasibleTarget_ExpectedSampleSumsToTarget()
    {
        var units = Stratum(Sector.Municipal, "45", 1000, 100_000m).Concat(Stratum(Sector.State, "72", 400, 50_000m)).Concat(Stratum(Sector.Other, "33", 150, null)).ToList();

        var allocation = ControlAllocator.Allocate(2026, 2025, units, _ => false, 300);

        Assert.Equal(300, allocation.Strata.Sum(s => s.Rate * s.Units), 6);
        Assert.Equal(300, allocation.ExpectedSize, 6);
        Assert.Equal(1550, allocation.Strata.Sum(s => s.Units));
        Assert.Equal(1, allocation.PopulationScale);
    }

    [Fact]
    public void Allocate_TinyStratumWithHugeValuesAndSmallTarget_RatesStayWithinFloorAndOne()
    {
        var units = Stratum(Sector.Municipal, "45", 5, 50_000_000m)
            .Concat(Stratum(Sector.Municipal, "30", 6000, 10m))
            .Concat(Stratum(Sector.State, "72", 2000, 150_000m))
            .ToList();

        var allocation = ControlAllocator.Allocate(2026, 2025, units, _ => false, 200, minimumRate: 0.02);

        Assert.All(allocation.Rates.Values, r => Assert.InRange(r, 0.02, 1));
        Assert.Equal(1, allocation.RateOf("Municipal|45|huge"));
        Assert.Equal(0.02, allocation.RateOf("Municipal|30|small"));
        Assert.Equal(75.0 / 2000, allocation.RateOf("State|72|medium"), 9);
        Assert.Equal(200, allocation.ExpectedSize, 6);
    }

    [Fact]
    public void Allocate_LargerStratum_GetsLargerSample_AndMoreValuableStratum_GetsHigherRate()
    {
        var units = Stratum(Sector.Municipal, "45", 1000, 100_000m)
            .Concat(Stratum(Sector.Municipal, "30", 200, 100_000m))
            .Concat(Stratum(Sector.State, "72", 200, 180_000m))
            .ToList();

        var allocation = ControlAllocator.Allocate(2026, 2025, units, _ => false, 200);

        var expected = allocation.Strata.ToDictionary(s => s.Stratum, s => s.ExpectedSample);
        Assert.True(expected["Municipal|45|medium"] > expected["Municipal|30|medium"]);
        Assert.True(allocation.RateOf("State|72|medium") > allocation.RateOf("Municipal|30|medium"));
    }

    [Fact]
    public void Allocate_SameUnitsInAnotherOrder_SameRates()
    {
        var units = Stratum(Sector.Municipal, "45", 300, 70_000m).Concat(Stratum(Sector.State, "72", 120, null)).Concat(Stratum(Sector.Other, "33", 80, 2_000_000m)).ToList();
        var shuffled = units.OrderBy(u => u.Key.GetHashCode(StringComparison.Ordinal) % 7).ThenByDescending(u => u.Key, StringComparer.Ordinal).ToList();

        var first = ControlAllocator.Allocate(2026, 2025, units, _ => false, 90);
        var second = ControlAllocator.Allocate(2026, 2025, shuffled, _ => false, 90);

        Assert.Equal(first.Rates.OrderBy(r => r.Key, StringComparer.Ordinal), second.Rates.OrderBy(r => r.Key, StringComparer.Ordinal));
        Assert.Equal(first.Method, second.Method);
    }

    [Fact]
    public void Allocate_FlaggedUnitsAndOtherYears_AreLeftOut_UnseenStratumGetsOverallRate()
    {
        var flagged = Stratum(Sector.State, "48", 500, 10_000m).ToList();
        var otherYear = Stratum(Sector.State, "50", 500, 10_000m, year: 2024).ToList();
        var units = Stratum(Sector.Municipal, "45", 400, 80_000m).Concat(flagged).Concat(otherYear).ToList();
        var flaggedKeys = flagged.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

        var allocation = ControlAllocator.Allocate(2026, 2025, units, u => flaggedKeys.Contains(u.Key), 40);

        Assert.Equal(["Municipal|45|medium"], allocation.Rates.Keys);
        Assert.Equal(0.1, allocation.RateOf("Municipal|45|medium"), 9);
        Assert.Equal(0.1, allocation.RateOf("Other|99|small"), 9);
        Assert.Equal(0.1, allocation.DefaultRate, 9);
    }

    [Fact]
    public void Allocate_ReferenceCoversAQuarter_EachUnitStandsForFourQuarters()
    {
        var units = Stratum(Sector.Municipal, "45", 900, 80_000m, days: 91).ToList();

        var allocation = ControlAllocator.Allocate(2026, 2025, units, _ => false, 360);

        Assert.Equal(365.0 / 91, allocation.PopulationScale, 9);
        Assert.Equal(360 / (900 * 365.0 / 91), allocation.RateOf("Municipal|45|medium"), 9);
        Assert.Equal(360, allocation.ExpectedSize, 6);
    }

    [Fact]
    public void ReferenceYear_PreviousYearStored_IsPreviousYear_ElseTheYearItself()
    {
        var thisYear = Stratum(Sector.Municipal, "45", 3, null, year: 2026).ToList();

        Assert.Equal(2026, ControlAllocator.ReferenceYear(2026, thisYear));
        Assert.Equal(2025, ControlAllocator.ReferenceYear(2026, [.. thisYear, .. Stratum(Sector.State, "45", 1, null)]));
    }

    /// <summary><paramref name="count"/> procurements of one sector and division, spread over the year (or its first <paramref name="days"/> days).</summary>
    internal static IEnumerable<ProcurementUnit> Stratum(Sector sector, string division, int count, decimal? euros, int year = 2025, int days = 365)
    {
        var notice = NoticeBuilder.Minimal("EF-alloc").Build();
        var start = January.AddYears(year - 2025);
        for (var i = 0; i < count; i++)
        {
            var key = $"{sector}-{division}-{year}-{i}";
            var published = start.AddDays(count == 1 ? 0 : (double)i * (days - 1) / (count - 1));
            yield return new ProcurementUnit(key, [key], notice with { HilmaId = key }, published, sector, division, null, euros, SelfReport.None);
        }
    }
}
