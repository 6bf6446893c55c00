using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class ProcurementUnitsTests
{
    private static readonly DateTimeOffset March = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_ContractAndAwardOfOneProcedure_OneProcurementWithAwardedValue()
    {
        var award = NoticeBuilder.Rich("EF-2").Build() with { ProcedureId = "P1", PublicationDate = March.AddMonths(4) };
        var contract = NoticeBuilder.Minimal("EF-1").Build() with { ProcedureId = "P1", FormType = FormType.Competition, PublicationDate = March, Winners = [] };

        var units = ProcurementUnits.From([award, contract]);

        var unit = Assert.Single(units);
        Assert.Equal("EF-1", unit.Key);
        Assert.Equal(["EF-1", "EF-2"], unit.NoticeKeys);
        Assert.Equal(1, unit.Quarter);
        Assert.Equal(480_000.00m + 12_345.6789m, unit.Euros); // Rich's EUR winners
        Assert.True(unit.SelfReport.NewToMarket); // from the award's BT-776 mar-nov
        Assert.Equal(Sector.Municipal, unit.Sector);
        Assert.Equal("FI1B1", unit.Nuts3);
    }

    [Fact]
    public void From_PlanningAndChangeNotices_LeftOut()
    {
        var planning = NoticeBuilder.Minimal("EF-1").Build() with { FormType = FormType.Planning, PublicationDate = March };
        var change = NoticeBuilder.Minimal("EF-2").Build() with { FormType = FormType.Change, PublicationDate = March };

        var units = ProcurementUnits.From([planning, change]);

        Assert.Empty(units);
    }
}
