using ProcurementInsight.Core.Organisations.Profiles;

namespace ProcurementInsight.Core.Tests.Organisations.Profiles;

public sealed class BetaBinomialShrinkageTests
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

    [Fact]
    public void Shrink_OrganisationWithNoProcurements_IsThePrior()
    {
        var prior = new BetaPrior(2, 8, 10);

        var shrunk = BetaBinomialShrinkage.Shrink(prior, 0, 0);

        Assert.Equal(0.2, shrunk.Estimate, 12);
        Assert.Equal(BetaDistribution.Quantile(0.025, 2, 8), shrunk.Low, 12);
        Assert.Equal(BetaDistribution.Quantile(0.975, 2, 8), shrunk.High, 12);
    }

    [Fact]
    public void Shrink_OrganisationWithManyProcurements_StaysNearItsOwnShareWithANarrowInterval()
    {
        var prior = new BetaPrior(2, 8, 10);

        var shrunk = BetaBinomialShrinkage.Shrink(prior, 300, 1000);

        Assert.Equal(302.0 / 1010.0, shrunk.Estimate, 12);
        Assert.True(shrunk.Width < 0.06, $"width {shrunk.Width}");
        Assert.True(shrunk.Covers(0.3));
    }

    [Fact]
    public void Shrink_KnownPosterior_IsBetaOfPriorPlusCounts()
    {
        // Prior Beta(1, 1), 3 of 4 innovative: posterior Beta(4, 2), mean 2/3.
        var shrunk = BetaBinomialShrinkage.Shrink(new BetaPrior(1, 1, 5), 3, 4);

        Assert.Equal(4.0 / 6.0, shrunk.Estimate, 12);
        Assert.Equal(BetaDistribution.Quantile(0.025, 4, 2), shrunk.Low, 12);
        Assert.True(shrunk.Low < shrunk.Estimate && shrunk.Estimate < shrunk.High);
    }

    [Fact]
    public void Raw_NoProcurements_IsNull()
    {
        var raw = BetaBinomialShrinkage.Raw(0, 0);

        Assert.Null(raw);
    }

    [Fact]
    public void FitPrior_OverDispersedGroup_MatchesTheMethodOfMoments()
    {
        // Ten organisations of 10 procurements, alternately 2 and 6 innovative: μ = 0.4, S = Σ 10·0.2² = 4, within-organisation
        // variance s² = (5·10·0.16 + 5·10·0.24) / (100 − 10) = 2/9, τ² = (4 − 9·2/9) / (100 − 10) = 1/45, α + β = 0.24·45 − 1 = 9.8.
        var data = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? 2.0 : 6.0, 10.0)).ToList();

        var prior = BetaBinomialShrinkage.FitPrior(data);

        Assert.Equal(0.4, prior.Mean, 10);
        Assert.Equal(9.8, prior.Strength, 8);
        Assert.Equal(0.24 / (2.0 / 9.0), prior.TrialScale, 10);
        Assert.Equal(10, prior.Organisations);
    }

    [Fact]
    public void FitPrior_ProbabilitiesVaryingLessThanAnswers_CountForMoreTrials()
    {
        // Each organisation's ten values are probabilities 0.05 and 0.15 (mean 0.1, spread 0.0025), far less than 0/1 answers' 0.09.
        var data = Enumerable.Range(0, 6).Select(_ => (1.0, 10.0, (5 * 0.05 * 0.05) + (5 * 0.15 * 0.15))).ToList();

        var prior = BetaBinomialShrinkage.FitPrior(data);
        var shrunk = BetaBinomialShrinkage.Shrink(prior, 0.2, 2);

        Assert.Equal(0.09 / (0.0025 * 10 / 9), prior.TrialScale, 8);
        Assert.Equal(0.1, shrunk.Estimate, 10);
    }

    [Fact]
    public void FitPrior_NoDispersionBeyondChance_IsCappedAtMaximumStrength()
    {
        var data = Enumerable.Range(0, 8).Select(_ => (1.0, 10.0)).ToList();

        var prior = BetaBinomialShrinkage.FitPrior(data);

        Assert.Equal(BetaBinomialShrinkage.MaximumStrength, prior.Strength, 8);
        Assert.Equal(0.1, prior.Mean, 10);
    }

    [Fact]
    public void FitPrior_NobodyInnovative_StaysProperAndNearZero()
    {
        var data = Enumerable.Range(0, 6).Select(_ => (0.0, 3.0)).ToList();

        var prior = BetaBinomialShrinkage.FitPrior(data);

        Assert.True(prior.Alpha > 0 && prior.Beta > 0);
        Assert.True(prior.Mean < 0.05, $"mean {prior.Mean}");
    }

    [Fact]
    public void Summarise_FourAnswers_IsNotBrokenDown()
    {
        var answers = Enumerable.Range(0, 4).Select(_ => (IReadOnlyDictionary<string, IReadOnlyList<string>>)new Dictionary<string, IReadOnlyList<string>> { ["methods"] = ["market-dialogue"] }).ToList();

        var summary = SurveyDimensions.Summarise(answers);

        Assert.False(summary.BrokenDown);
        Assert.Empty(summary.Counts);
        Assert.Equal("fewer than 5 answers", summary.Note);
        Assert.Equal(4, summary.Answers);
    }

    [Fact]
    public void Summarise_FiveAnswers_CountsOptionsAndIgnoresFreeText()
    {
        var answers = Enumerable.Range(0, 5).Select(i => (IReadOnlyDictionary<string, IReadOnlyList<string>>)new Dictionary<string, IReadOnlyList<string>>
        {
            ["methods"] = i < 2 ? ["market-dialogue", "pre-commercial"] : ["award-criteria"],
            ["barriers"] = ["secret free text"],
        }).ToList();

        var summary = SurveyDimensions.Summarise(answers);

        Assert.True(summary.BrokenDown);
        Assert.Equal(2, summary.Counts.Single(c => c.Option == "market-dialogue").Answers);
        Assert.Equal(0.6, summary.Counts.Single(c => c.Option == "award-criteria").Share, 12);
        Assert.DoesNotContain(summary.Counts, c => c.Question == "barriers");
    }
}
