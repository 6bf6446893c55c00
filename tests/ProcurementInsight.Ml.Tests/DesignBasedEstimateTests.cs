using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml.Tests;

/// <summary>The service's estimate read from outcomes that carry the survey design: flagged census and a control sample.</summary>
public sealed class DesignBasedEstimateTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 6, 0, 0, TimeSpan.Zero);

    private ShareEstimate Estimate(IReadOnlyList<SurveyOutcome>? outcomes, MlOptions? options = null)
    {
        return fixture.Estimate(ShareDefinition.Market, outcomes, options);
    }

    [Fact]
    public void Estimate_FlaggedAndControlAnswers_HeadlineIsDesignBasedAndCoversTheTruth()
    {
        var truth = fixture.Year.TrueShare(ShareDefinition.Market, 2025);

        var estimate = Estimate(fixture.DesignedOutcomes(withControl: true));

        Assert.Equal("design-based", estimate.Headline);
        Assert.Equal(estimate.DesignBased!.CountShare, estimate.CountShare);
        Assert.InRange(estimate.CountShare.Estimate, truth - 0.015, truth + 0.015);
        Assert.True(estimate.CountShare.Covers(truth), $"{estimate.CountShare} misses {truth}");
        Assert.True(estimate.DesignBased.ControlAnswers > 20);
        Assert.NotNull(estimate.ModelBased);
    }

    [Fact]
    public void Estimate_Design_CountsInvitationsAndAnswersPerPhase()
    {
        var outcomes = fixture.DesignedOutcomes(withControl: true);

        var design = Estimate(outcomes).Design!;

        Assert.Equal(outcomes.Count(o => o.Design!.Phase == SurveyPhase.Control && o.Status != SurveyOutcomeStatus.NoContact), design.ControlInvited);
        Assert.Equal(outcomes.Count(o => o.Design!.Phase == SurveyPhase.Control && o.Status == SurveyOutcomeStatus.Answered), design.ControlAnswered);
        Assert.Equal(outcomes.Count(o => o.Design!.Phase == SurveyPhase.Flagged && o.Status == SurveyOutcomeStatus.Answered), design.FlaggedAnswered);
        Assert.InRange(design.FlaggedResponseRate, 0.1, 0.7);
        Assert.True(design.EffectiveSampleSize > 50);
    }

    [Fact]
    public void Estimate_NoControlAnswers_NoDesignBasedEstimateAndCaveatSaysWhy()
    {
        var estimate = Estimate(fixture.DesignedOutcomes(withControl: false));

        Assert.Null(estimate.DesignBased!.CountShare);
        Assert.Contains("unflagged", estimate.DesignBased.Problem, StringComparison.Ordinal);
        Assert.Equal("model-based", estimate.Headline);
        Assert.Contains(estimate.Caveats, c => c.Contains("control sample", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_NobodyAnswered_SelfReportOnlyWithoutInterval()
    {
        var noAnswers = fixture.DesignedOutcomes(withControl: true).Select(o => o.Status == SurveyOutcomeStatus.Answered ? o with { Status = SurveyOutcomeStatus.Expired, Label = null } : o).ToList();
        var units = fixture.Year.Units.Where(u => u.Year == 2025).ToList();
        var (artifact, _) = new ClassifierTrainer(fixture.Options).Train(fixture.Year.Units, noAnswers, Now, [ShareDefinition.Market]);
        var classifier = new InnovationClassifier(artifact, fixture.Options.Seed);

        var estimate = ShareEstimateService.Estimate(classifier, units, 2025, ShareDefinition.Market, fixture.Options, Now, fixture.Year.Units, noAnswers).Estimate!;

        Assert.Equal("self-report", estimate.Headline);
        Assert.False(estimate.CountShare.HasInterval);
        Assert.False(estimate.EuroShare.HasInterval);
        Assert.Equal(estimate.SelfReported!.Count, estimate.CountShare.Estimate, 10);
        Assert.StartsWith("Too few survey answers", estimate.Caveats[0], StringComparison.Ordinal);
        Assert.All(estimate.Breakdowns.Sector, g => Assert.False(g.CountShare.HasInterval));
    }

    [Fact]
    public void Estimate_Breakdowns_NeverZeroWidthIntervals()
    {
        var estimate = Estimate(fixture.DesignedOutcomes(withControl: true));

        foreach (var group in estimate.Breakdowns.CpvDivision.Concat(estimate.Breakdowns.Sector).Concat(estimate.Breakdowns.Quarter))
        {
            if (group.CountShare.HasInterval)
            {
                Assert.True(group.CountShare.CiHigh - group.CountShare.CiLow > 1e-6, $"{group.Group}: {group.CountShare}");
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(group.CountShare.Note));
            }
        }
    }
}
