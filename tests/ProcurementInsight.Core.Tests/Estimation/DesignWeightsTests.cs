using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class DesignWeightsTests
{
    private static readonly SelfReport Market = new(true, true, true, true, false);
    private static readonly SelfReport None = new(false, false, false, true, false);

    private static ProcurementUnit Unit(string key, SelfReport report, Sector sector = Sector.Municipal, decimal euros = 100_000m) =>
        new(key, [key], NoticeBuilder.Minimal(key).Build(), new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), sector, "72", null, euros, report);

    [Fact]
    public void Compute_ClassWithEnoughAnswers_WeightsAddUpToItsProcurements()
    {
        var units = Enumerable.Range(0, 40).Select(i => Unit($"m{i}", Market)).Concat(Enumerable.Range(0, 60).Select(i => Unit($"n{i}", None))).ToList();
        var answers = Enumerable.Range(0, 10).Select(i => new DesignRespondent($"m{i}", true, 1.0, SurveyPhase.Flagged))
            .Concat(Enumerable.Range(0, 6).Select(i => new DesignRespondent($"n{i}", false, 0.1, SurveyPhase.Control))).ToList();

        var weights = DesignWeights.Compute(units, answers);
        var normalised = weights.Normalised(units);

        Assert.Null(weights.Problem);
        Assert.Equal(40.0 / 10 / (100.0 / 16), normalised["m0"], 10);
        Assert.Equal(60.0 / 6 / (100.0 / 16), normalised["n0"], 10);
        Assert.Equal(1.0, normalised.Values.Average(), 10);
    }

    [Fact]
    public void Compute_FewAnswersInASector_MergesWithinTheSelfReportPattern()
    {
        // State has 2 answers of its own: too few, so its procurements join the pattern's class without sector.
        var units = Enumerable.Range(0, 30).Select(i => Unit($"m{i}", Market)).Concat(Enumerable.Range(0, 10).Select(i => Unit($"s{i}", Market, Sector.State))).ToList();
        var answers = Enumerable.Range(0, 10).Select(i => new DesignRespondent($"m{i}", true, 1.0, SurveyPhase.Flagged))
            .Concat(Enumerable.Range(0, 2).Select(i => new DesignRespondent($"s{i}", true, 1.0, SurveyPhase.Flagged))).ToList();

        var weights = DesignWeights.Compute(units, answers);

        Assert.Single(weights.Classes);
        Assert.Equal(1.0, weights.Normalised(units)["s0"], 10);
    }

    [Fact]
    public void Compute_NoAnswerAmongUnflagged_NeverBorrowsFlaggedAnswersAndSaysSo()
    {
        var units = Enumerable.Range(0, 30).Select(i => Unit($"m{i}", Market)).Concat(Enumerable.Range(0, 10).Select(i => Unit($"n{i}", None))).ToList();
        var answers = Enumerable.Range(0, 10).Select(i => new DesignRespondent($"m{i}", true, 1.0, SurveyPhase.Flagged)).ToList();

        var weights = DesignWeights.Compute(units, answers);

        Assert.All(weights.Classes, c => Assert.All(c, i => Assert.StartsWith("m", units[i].Key, StringComparison.Ordinal)));
        Assert.Contains("none of the 10 unflagged procurements", weights.Problem, StringComparison.Ordinal);
    }
}
