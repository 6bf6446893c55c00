using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Tests;

public sealed class InnovationPotentialScorerTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Score_InnovativeSupplier_ScoresAboveRoutineOne()
    {
        var scorer = new InnovationPotentialScorer(new InnovationPotentialWeights());
        var innovative = Enumerable.Range(0, 4).Select(i => Contract($"EF-{i}", AsOf.AddDays(-30 * i), innovative: true, newToMarket: true)).ToList();
        var routine = Enumerable.Range(0, 4).Select(i => Contract($"EF-{i}", AsOf.AddDays(-30 * i), innovative: false, newToMarket: false)).ToList();

        var high = scorer.Score(innovative, AsOf);
        var low = scorer.Score(routine, AsOf);

        Assert.True(high.Score > low.Score + 30, $"{high.Score} vs {low.Score}");
    }

    [Fact]
    public void Score_Components_AreNamedAndSumToTheScore()
    {
        var scorer = new InnovationPotentialScorer(new InnovationPotentialWeights());
        var contracts = new[] { Contract("EF-1", AsOf.AddDays(-100), innovative: true, newToMarket: false, surveyConfirmed: true) };

        var potential = scorer.Score(contracts, AsOf);

        Assert.Equal(["innovativeContracts", "newToMarketShare", "surveyConfirmed", "buyerBreadth", "recency", "growth"], potential.Components.Select(c => c.Name));
        Assert.Equal(potential.Score, Math.Round(potential.Components.Sum(c => c.Contribution), 1));
        Assert.Equal(Math.Round(1 - Math.Exp(-1.0 / 3), 4), potential.Components[0].Value);
    }

    [Fact]
    public void Score_WeightOnlyOnSurvey_FollowsSurveyConfirmations()
    {
        var weights = new InnovationPotentialWeights { InnovativeContracts = 0, NewToMarketShare = 0, SurveyConfirmed = 1, BuyerBreadth = 0, Recency = 0, Growth = 0 };
        var scorer = new InnovationPotentialScorer(weights);

        var potential = scorer.Score([Contract("EF-1", AsOf.AddDays(-1), innovative: true, newToMarket: true, surveyConfirmed: true)], AsOf);

        Assert.Equal(Math.Round(100 * (1 - Math.Exp(-1)), 1), potential.Score);
    }

    [Fact]
    public void Score_ContractsAfterAsOf_AreIgnored()
    {
        var scorer = new InnovationPotentialScorer(new InnovationPotentialWeights());

        var potential = scorer.Score([Contract("EF-1", AsOf.AddDays(10), innovative: true, newToMarket: true)], AsOf);

        Assert.Equal(0, potential.Score);
    }

    private static WonContract Contract(string key, DateTimeOffset on, bool innovative, bool newToMarket, bool surveyConfirmed = false) =>
        new(key, "LOT-0001", "t", "72000000", "Buyer " + key, null, "FI1B1", 1000m, on, newToMarket, innovative, surveyConfirmed, false);
}
