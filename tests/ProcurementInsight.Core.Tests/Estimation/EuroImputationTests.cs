using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class EuroImputationTests
{
    private static ProcurementUnit Unit(string key, string division, decimal? euros) =>
        new(key, [key], NoticeBuilder.Minimal(key).Build(), new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), Sector.State, division, null, euros, SelfReport.None);

    [Fact]
    public void Impute_MissingValue_TakesMedianOfItsDivision()
    {
        var units = new[]
        {
            Unit("EF-1", "72", 100), Unit("EF-2", "72", 300), Unit("EF-3", "72", 200), Unit("EF-4", "72", null),
            Unit("EF-5", "45", 10_000), Unit("EF-6", "45", 20_000), Unit("EF-7", "45", 30_000),
        };

        var imputed = EuroImputation.Impute(units);

        Assert.Equal(200, imputed.Euros[3]);
        Assert.True(imputed.Imputed[3]);
        Assert.False(imputed.Imputed[0]);
        Assert.Equal(200.0 / (600 + 200 + 60_000), imputed.ImputedShareOfEuros, 10);
        Assert.Equal(6.0 / 7, imputed.ValueCoverage, 10);
    }

    [Fact]
    public void Impute_DivisionWithTooFewValues_FallsBackToAll()
    {
        var units = new[] { Unit("EF-1", "72", 100), Unit("EF-2", "45", 300), Unit("EF-3", "33", 500), Unit("EF-4", "90", null) };

        var imputed = EuroImputation.Impute(units);

        Assert.Equal(300, imputed.Euros[3]);
    }
}
