using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml.Tests;

public sealed class ShareEstimateTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>
{
    [Fact]
    public void Estimate_Market_PaccWithinTwoPointsOfHiddenTruthAndIntervalCoversIt()
    {
        var truth = fixture.Year.TrueShare(ShareDefinition.Market, 2025);

        var estimate = fixture.Estimate(ShareDefinition.Market);

        Assert.Equal("pacc", estimate.Method);
        Assert.InRange(estimate.CountShare.Estimate, truth - 0.02, truth + 0.02);
        Assert.True(estimate.CountShare.Covers(truth), $"{estimate.CountShare} does not cover {truth}");
        Assert.Equal(estimate.ByCount.Pacc, estimate.CountShare);
    }

    [Fact]
    public void Estimate_Market_BreakdownsPartitionTheYear()
    {
        var estimate = fixture.Estimate(ShareDefinition.Market);

        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], estimate.Breakdowns.Quarter.Select(q => q.Group));
        Assert.Equal(estimate.Procurements, estimate.Breakdowns.Quarter.Sum(q => q.Procurements));
        Assert.Equal(estimate.Procurements, estimate.Breakdowns.Sector.Sum(q => q.Procurements));
        Assert.Equal(estimate.Procurements, estimate.Breakdowns.CpvDivision.Sum(q => q.Procurements));
        Assert.Equal(estimate.Procurements, estimate.Breakdowns.Nuts3.Sum(q => q.Procurements));
        Assert.Contains(estimate.Breakdowns.Sector, s => s.Group == "Municipal");
    }

    [Fact]
    public void Estimate_Definitions_AreEstimatedApartAndOrdered()
    {
        var market = fixture.Estimate(ShareDefinition.Market);
        var buyer = fixture.Estimate(ShareDefinition.Buyer);

        Assert.Equal("market", market.Definition);
        Assert.Equal("buyer", buyer.Definition);
        Assert.True(buyer.CountShare.Estimate > market.CountShare.Estimate * 3, $"buyer {buyer.CountShare.Estimate}, market {market.CountShare.Estimate}");
        Assert.InRange(buyer.CountShare.Estimate, fixture.Year.TrueShare(ShareDefinition.Buyer, 2025) - 0.04, fixture.Year.TrueShare(ShareDefinition.Buyer, 2025) + 0.04);
    }

    [Fact]
    public void Estimate_Values_CoverageAndImputationDisclosed()
    {
        var estimate = fixture.Estimate(ShareDefinition.Market);

        Assert.InRange(estimate.ValueCoverage, 0.5, 0.999);
        Assert.InRange(estimate.ImputedEuroShare, 0.001, 0.5);
        Assert.Equal(0.10, estimate.Target);
        Assert.InRange(estimate.ReplicatesAtOrAboveTarget, 0.0, 1.0);
        Assert.Contains("inclusion probability", estimate.MethodDescription, StringComparison.Ordinal);
    }
}
