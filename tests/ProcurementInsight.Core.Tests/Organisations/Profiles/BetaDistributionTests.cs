using ProcurementInsight.Core.Organisations.Profiles;

namespace ProcurementInsight.Core.Tests.Organisations.Profiles;

public sealed class BetaDistributionTests
{
    [Theory]
    [InlineData(0.025)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    public void Quantile_UniformBeta_IsP(double p)
    {
        var q = BetaDistribution.Quantile(p, 1, 1);

        Assert.Equal(p, q, 8);
    }

    [Theory]
    [InlineData(3, 0.975)]
    [InlineData(12, 0.025)]
    public void Quantile_BetaOneB_MatchesClosedForm(double b, double p)
    {
        // Beta(1, b) has CDF 1 − (1 − x)^b, so its p-quantile is 1 − (1 − p)^(1/b).
        var expected = 1 - Math.Pow(1 - p, 1 / b);

        var q = BetaDistribution.Quantile(p, 1, b);

        Assert.Equal(expected, q, 8);
    }

    [Fact]
    public void Cdf_SymmetricBeta_IsHalfAtCentre()
    {
        var cdf = BetaDistribution.Cdf(0.5, 7.5, 7.5);

        Assert.Equal(0.5, cdf, 10);
    }
}
