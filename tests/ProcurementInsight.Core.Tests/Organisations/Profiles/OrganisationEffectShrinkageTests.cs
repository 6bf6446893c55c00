using ProcurementInsight.Core.Organisations.Profiles;

namespace ProcurementInsight.Core.Tests.Organisations.Profiles;

public sealed class OrganisationEffectShrinkageTests
{
    private const int Seed = 20250101;

    [Fact]
    public void Estimate_SpreadZero_IsAnswersPlusTheClassifiersProbabilities()
    {
        // Answered: one innovative (10 €), one not (5 €); unanswered: p = 0.1 (100 €) and p = 0.4 (50 €).
        // Count (1 + 0.1 + 0.4) / 4 = 0.375; euros (10 + 0.1·100 + 0.4·50) / 165 = 40 / 165.
        OrganisationProcurement[] procurements = [new(0.3, true, 10), new(0.2, false, 5), new(0.1, null, 100), new(0.4, null, 50)];

        var estimate = OrganisationEffectShrinkage.Estimate(procurements, 0, "all", 10, Seed);

        Assert.Equal(0.375, estimate.Count.Estimate, 9);
        Assert.Equal(40.0 / 165, estimate.Euros.Estimate, 9);
        Assert.Equal(0, estimate.Effect.Shift);
    }

    [Fact]
    public void Estimate_SpreadZero_IntervalIsTheAnswersPlusThePoissonBinomial()
    {
        // 400 unanswered at p = 0.5 and τ = 0: the share is Binomial(400, ½)/400, sd 0.025, 95 % interval about 0.5 ± 0.049.
        var procurements = Enumerable.Range(0, 400).Select(_ => new OrganisationProcurement(0.5, null, 1)).ToList();

        var estimate = OrganisationEffectShrinkage.Estimate(procurements, 0, "all", 10, Seed);

        Assert.Equal(0.451, estimate.Count.Low, 2);
        Assert.Equal(0.549, estimate.Count.High, 2);
    }

    [Fact]
    public void Estimate_AnswersAllContradictPredictions_MovesTheUnansweredUp()
    {
        // Ten answered procurements predicted at 10 % were all innovative; ten more are unanswered at 10 %.
        var procurements = Enumerable.Range(0, 20).Select(i => new OrganisationProcurement(0.1, i < 10 ? true : null, 1)).ToList();

        var trusted = OrganisationEffectShrinkage.Estimate(procurements, 0, "all", 10, Seed);
        var moved = OrganisationEffectShrinkage.Estimate(procurements, 1, "all", 10, Seed);

        Assert.Equal(0.55, trusted.Count.Estimate, 9);
        Assert.True(moved.Effect.Shift > 1, $"shift {moved.Effect.Shift}");
        Assert.True(moved.Count.Estimate > 0.65, $"estimate {moved.Count.Estimate}");
    }

    [Fact]
    public void Estimate_OneContradictingAnswer_MovesLessThanTen()
    {
        var one = Enumerable.Range(0, 11).Select(i => new OrganisationProcurement(0.1, i < 1 ? true : null, 1)).ToList();
        var ten = Enumerable.Range(0, 20).Select(i => new OrganisationProcurement(0.1, i < 10 ? true : null, 1)).ToList();

        var shiftOfOne = OrganisationEffectShrinkage.Estimate(one, 1, "all", 10, Seed).Effect.Shift;
        var shiftOfTen = OrganisationEffectShrinkage.Estimate(ten, 1, "all", 10, Seed).Effect.Shift;

        Assert.InRange(shiftOfOne, 0.01, shiftOfTen / 2);
    }

    [Fact]
    public void Estimate_NoAnswers_KeepsTheClassifierOnAverage()
    {
        // κ stretches the logits so that averaging over δ ~ N(0, 1) gives the predictions back (to the approximation's accuracy).
        var procurements = Enumerable.Range(0, 50).Select(i => new OrganisationProcurement(i % 2 == 0 ? 0.1 : 0.3, null, 1)).ToList();

        var estimate = OrganisationEffectShrinkage.Estimate(procurements, 1, "all", 10, Seed);

        Assert.Equal(0.2, estimate.Count.Estimate, 2);
        Assert.Equal(0, estimate.Effect.Shift, 9);
        Assert.Equal(1, estimate.Effect.ShiftDeviation, 2);
    }

    [Fact]
    public void Estimate_TinyOrganisationWithSmallPredictions_IntervalStartsAtZero()
    {
        OrganisationProcurement[] procurements = [new(0.05, null, 1), new(0.08, null, 1), new(0.03, null, 1)];

        var estimate = OrganisationEffectShrinkage.Estimate(procurements, 0.5, "all", 10, Seed);

        Assert.Equal(0, estimate.Count.Low);
        Assert.True(estimate.Count.High >= 1.0 / 3, $"high {estimate.Count.High}");
        Assert.InRange(estimate.Count.Estimate, 0.04, 0.07);
    }

    [Fact]
    public void Estimate_SameSeed_SameIntervals()
    {
        var procurements = Enumerable.Range(0, 30).Select(i => new OrganisationProcurement(0.05 + (i * 0.02), i % 7 == 0 ? i % 2 == 0 : null, 1 + i)).ToList();

        var first = OrganisationEffectShrinkage.Estimate(procurements, 0.8, "all", 10, Seed);
        var second = OrganisationEffectShrinkage.Estimate(procurements, 0.8, "all", 10, Seed);

        Assert.Equal(first, second);
    }

    [Fact]
    public void FitSpread_AnswersAtThePredictedRate_IsZero()
    {
        // Every organisation answered half of ten procurements predicted at 50 % as innovative: nobody departs from the classifier.
        var organisations = Enumerable.Range(0, 30)
            .Select(_ => (IReadOnlyList<OrganisationProcurement>)[.. Enumerable.Range(0, 10).Select(i => new OrganisationProcurement(0.5, i % 2 == 0, 1))])
            .ToList();

        var spread = OrganisationEffectShrinkage.FitSpread(organisations);

        Assert.Equal(0, spread);
    }

    [Fact]
    public void FitSpread_OrganisationsDepartingBothWays_IsLarge()
    {
        // Predicted 30 % everywhere; half the organisations answered every one innovative, half none.
        var organisations = Enumerable.Range(0, 30)
            .Select(j => (IReadOnlyList<OrganisationProcurement>)[.. Enumerable.Range(0, 10).Select(_ => new OrganisationProcurement(0.3, j % 2 == 0, 1))])
            .ToList();

        var spread = OrganisationEffectShrinkage.FitSpread(organisations);

        Assert.True(spread > 2, $"τ {spread}");
    }

    [Fact]
    public void FitSpread_NobodyAnswered_IsZero()
    {
        var organisations = Enumerable.Range(0, 5)
            .Select(_ => (IReadOnlyList<OrganisationProcurement>)[new OrganisationProcurement(0.3, null, 1)])
            .ToList();

        var spread = OrganisationEffectShrinkage.FitSpread(organisations);

        Assert.Equal(0, spread);
    }

    [Fact]
    public void Raw_NoProcurements_IsNull()
    {
        var raw = OrganisationEffectShrinkage.Raw(0, 0);

        Assert.Null(raw);
    }

    [Fact]
    public void Raw_ThreeOfFour_IsTheJeffreysInterval()
    {
        var raw = OrganisationEffectShrinkage.Raw(3, 4);

        Assert.Equal(0.75, raw!.Estimate, 12); // Four procurements give a figure.
        Assert.Equal(BetaDistribution.Quantile(0.025, 3.5, 1.5), raw.Low, 12);
        Assert.Equal(BetaDistribution.Quantile(0.975, 3.5, 1.5), raw.High, 12);
    }
}
