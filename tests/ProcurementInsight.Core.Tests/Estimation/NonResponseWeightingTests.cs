using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class NonResponseWeightingTests
{
    private static IEnumerable<SurveyedUnit> Units(string prefix, Sector sector, string division, int surveyed, int answered) =>
        Enumerable.Range(0, surveyed).Select(i => new SurveyedUnit($"{prefix}{i}", sector, division, "medium", i < answered));

    [Fact]
    public void Compute_TwoClasses_WeightsAreInverseResponseRatesScaledToMeanOne()
    {
        // State answers 10 of 20 (weight 2), municipal 10 of 40 (weight 4); scaled by their mean 3.
        var weights = NonResponseWeighting.Compute(Units("s", Sector.State, "72", 20, 10).Concat(Units("m", Sector.Municipal, "72", 40, 10)));

        Assert.Equal(20, weights.Count);
        Assert.Equal(2.0 / 3, weights["s0"], 10);
        Assert.Equal(4.0 / 3, weights["m0"], 10);
        Assert.Equal(1, weights.Values.Average(), 10);
    }

    [Fact]
    public void Compute_ClassWithFewRespondents_MergesIntoSector()
    {
        // Division 33 has 2 respondents of 10: too few, so it shares the sector's rate (12 of 30).
        var units = Units("a", Sector.State, "72", 20, 10).Concat(Units("b", Sector.State, "33", 10, 2)).ToList();

        var weights = NonResponseWeighting.Compute(units);

        var raw72 = 20.0 / 10;
        var rawSector = 30.0 / 12;
        var mean = ((10 * raw72) + (2 * rawSector)) / 12;
        Assert.Equal(rawSector / mean, weights["b0"], 10);
        Assert.Equal(raw72 / mean, weights["a0"], 10);
    }
}
