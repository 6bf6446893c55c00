using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class DesignBasedEstimatorTests
{
    private static readonly SelfReport Flagged = new(false, true, true, true, false);
    private static readonly SelfReport Unflagged = new(false, false, false, true, false);

    private static ProcurementUnit Unit(int i, SelfReport report, decimal euros = 100_000m) =>
        new($"EF-{i}", [$"EF-{i}"], NoticeBuilder.Minimal($"EF-{i}").Build(), new DateTimeOffset(2025, 1 + (i % 12), 1, 0, 0, 0, TimeSpan.Zero), Sector.Municipal, "72", null, euros, report);

    /// <summary>
    /// 2,000 flagged procurements (30 % innovative) surveyed in full, 8,000 unflagged (2 % innovative) of which a 10 %
    /// control sample is surveyed; everyone surveyed answers with probability 0.4. True share: (600 + 160) / 10,000.
    /// </summary>
    private static (List<ProcurementUnit> Units, List<DesignRespondent> Answers, double Truth) Survey(int seed, double controlRate = 0.1)
    {
        var random = new Random(seed);
        var units = new List<ProcurementUnit>();
        var answers = new List<DesignRespondent>();
        var innovative = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var flagged = i < 2_000;
            var unit = Unit(i, flagged ? Flagged : Unflagged);
            units.Add(unit);
            var y = flagged ? i % 10 < 3 : i % 50 == 0;
            innovative += y ? 1 : 0;
            var probability = flagged ? 1.0 : controlRate;
            if (random.NextDouble() < probability && random.NextDouble() < 0.4)
            {
                answers.Add(new DesignRespondent(unit.Key, y, probability, flagged ? SurveyPhase.Flagged : SurveyPhase.Control));
            }
        }

        return (units, answers, innovative / 10_000.0);
    }

    [Fact]
    public void Overall_FlaggedCensusAndControlSample_EstimateNearTruthAndCovered()
    {
        var (units, answers, truth) = Survey(1);

        var overall = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], answers, 400, 2).Overall();

        Assert.NotNull(overall);
        Assert.InRange(overall.Value.Count.Estimate, truth - 0.01, truth + 0.01);
        Assert.True(overall.Value.Count.Covers(truth), $"{overall.Value.Count} misses {truth}");
    }

    [Fact]
    public void Overall_IgnoringInclusionProbability_WouldOverstate_WeightedDoesNot()
    {
        // Unweighted, the flagged answers (30 % innovative, 5 in 6 answers) would dominate: about 25 %.
        var (units, answers, truth) = Survey(3);
        var naive = answers.Count(a => a.Innovative) / (double)answers.Count;

        var overall = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], answers, 200, 4).Overall()!.Value;

        Assert.True(naive > truth + 0.1, $"naive {naive} vs truth {truth}");
        Assert.InRange(overall.Count.Estimate, truth - 0.01, truth + 0.01);
    }

    [Fact]
    public void Overall_NoControlAnswers_SaysUnflaggedUnknownAndGivesNoEstimate()
    {
        var (units, answers, _) = Survey(5);
        var flaggedOnly = answers.Where(a => a.Phase == SurveyPhase.Flagged).ToList();

        var estimator = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], flaggedOnly, 100, 6);

        Assert.Null(estimator.Overall());
        Assert.Contains("unflagged", estimator.Problem, StringComparison.Ordinal);
        Assert.Contains("control sample", estimator.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_TwoControlRates_EachAnswerWeightedByItsInclusionProbability()
    {
        // 100 unflagged procurements in one class: 50 of them drawn at rate 1 (none innovative), 50 at rate 0.1 (all innovative).
        // Five answers of each: weights 1 and 10 make the class 1/11 and 10/11 of the two kinds, so the share is 10/11 · 100 / 200.
        var units = Enumerable.Range(0, 200).Select(i => Unit(i, i < 100 ? Unflagged : Flagged)).ToList();
        var answers = new List<DesignRespondent>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(new DesignRespondent($"EF-{i}", false, 1.0, SurveyPhase.Control));
            answers.Add(new DesignRespondent($"EF-{50 + i}", true, 0.1, SurveyPhase.Control));
            answers.Add(new DesignRespondent($"EF-{100 + i}", false, 1.0, SurveyPhase.Flagged));
        }

        var overall = new DesignBasedEstimator(units, [.. units.Select(_ => 1.0)], answers, 50, 7).Overall()!.Value;

        Assert.Equal(10.0 / 11 * 100 / 200, overall.Count.Estimate, 10);
    }

    [Fact]
    public void Overall_ValuableInnovations_EuroShareIsRatioOfEuros()
    {
        // Flagged class: innovative procurements are worth 3 times the others.
        var units = Enumerable.Range(0, 100).Select(i => Unit(i, i < 50 ? Flagged : Unflagged, i % 2 == 0 ? 300m : 100m)).ToList();
        var answers = Enumerable.Range(0, 100).Select(i => new DesignRespondent($"EF-{i}", i < 50 && i % 2 == 0, 1.0, i < 50 ? SurveyPhase.Flagged : SurveyPhase.Control)).ToList();

        var overall = new DesignBasedEstimator(units, [.. units.Select(u => (double)u.Euros!.Value)], answers, 50, 8).Overall()!.Value;

        Assert.Equal(0.25, overall.Count.Estimate, 10);
        Assert.Equal(25 * 300.0 / (50 * 300 + 50 * 100), overall.Euros.Estimate, 10);
    }

    [Fact]
    public void Domains_GroupWhoseAnswersAllSayNo_IntervalIsExactBoundNotZeroWidth()
    {
        var (units, answers, _) = Survey(9);
        var estimator = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], answers, 200, 10);

        // Unflagged procurements whose number ends in 1 are never innovative (only multiples of 50 are).
        var domains = estimator.Domains(u => u.Key.EndsWith('1') && u.SelfReport == Unflagged ? "never" : "other");

        var never = domains["never"];
        Assert.Equal(0, never.Count.Estimate);
        Assert.True(never.Count.CiHigh > 0.01, never.Count.ToString());
        Assert.NotNull(never.Count.Note);
    }

    [Fact]
    public void Domains_GroupWithoutAnswers_NoEstimateAndSaysSo()
    {
        var (units, answers, _) = Survey(11);
        var estimator = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], answers.Where(a => a.UnitKey != "EF-7").ToList(), 100, 12);

        var domains = estimator.Domains(u => u.Key == "EF-7" ? "alone" : "rest");

        Assert.False(domains["alone"].Count.HasInterval);
        Assert.Equal(0, domains["alone"].Answers);
        Assert.Contains("No survey answers", domains["alone"].Count.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_RepeatedSurveys_CoverTheTruthAtLeast90PercentOfTheTime()
    {
        var covered = 0;
        for (var seed = 100; seed < 140; seed++)
        {
            var (units, answers, truth) = Survey(seed);
            var overall = new DesignBasedEstimator(units, [.. units.Select(_ => 100_000.0)], answers, 200, seed).Overall()!.Value;
            covered += overall.Count.Covers(truth) ? 1 : 0;
        }

        Assert.InRange(covered, 36, 40);
    }
}
