using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml.Tests;

public sealed class ClassifierTrainerTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>
{
    [Fact]
    public void Train_SimulatedYear_CardComparesTwoTrainersAndReportsHeldOutMetrics()
    {
        var market = fixture.Card.For(ShareDefinition.Market);

        Assert.Equal(["sdca-logistic", "lbfgs-logistic"], market.Candidates.Select(c => c.Trainer));
        Assert.Contains(market.Trainer, market.Candidates.Select(c => c.Trainer));
        Assert.Equal(market.Candidates.Max(c => Math.Round(c.Metrics.RocAuc, 3)), Math.Round(market.HeldOut.RocAuc, 3));
        Assert.InRange(market.HeldOut.RocAuc, 0.85, 1.0);
        Assert.InRange(market.HeldOut.Brier, 0.0, 0.08);
        Assert.Equal(ClassifierTrainer.Survey, market.CalibrationSource);
    }

    [Fact]
    public void Train_SimulatedYear_LabelCountsMatchTheSurvey()
    {
        var answered = fixture.Year.Outcomes.Count(o => o.Status == SurveyOutcomeStatus.Answered);

        var card = fixture.Card.For(ShareDefinition.Buyer);

        Assert.Equal(answered, card.SurveyLabels);
        Assert.Equal(fixture.Year.Outcomes.Count, card.Surveyed);
        Assert.True(card.WeakLabels > 0);
        Assert.Equal(card.SurveyLabels, fixture.Classifier.Calibration(ShareDefinition.Buyer).Count);
    }

    [Fact]
    public void Train_Artifact_HoldsCardCalibrationAndOneModelPerDefinition()
    {
        Assert.Equal(
            ["calibration.json", "card.json", "model-any.zip", "model-buyer.zip", "model-market.zip", "out-of-fold.json"],
            fixture.Artifact.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("20260115T030000Z", fixture.Card.Version);
    }

    [Fact]
    public void Train_NoSurveySource_LearnsFromSelfReportsAndSaysSo()
    {
        var year = SimulatedYear.Create(seed: 21, noticesPerYear: 1500, newToMarketShare: 0.05);

        var (_, card) = new ClassifierTrainer(new MlOptions { TreeTrainerMaxRows = 0 }).Train(year.Units, outcomes: null, DateTimeOffset.UnixEpoch, [ShareDefinition.Buyer]);

        Assert.False(card.SurveySourceAvailable);
        Assert.Contains("No survey source was available", card.SelfReportLabelWeighting, StringComparison.Ordinal);
        var buyer = Assert.Single(card.Definitions);
        Assert.Equal(ClassifierTrainer.SelfReport, buyer.CalibrationSource);
        Assert.Equal(0, buyer.SurveyLabels);
    }

    [Fact]
    public void FeatureRows_WeakLabelRow_MasksTheSelfReportItIsLabelledFrom()
    {
        var unit = fixture.Year.Units.First(u => u.SelfReport.HasAnswers && u.SelfReport.NewToBuyer);

        var weak = FeatureRows.From(unit, maskSelfReport: true);
        var scored = FeatureRows.From(unit, maskSelfReport: false);

        Assert.All(new[] { weak.SelfMarket, weak.SelfBuyer, weak.SelfConsidered, weak.SelfCodes }, v => Assert.Equal(FeatureRows.Masked, v));
        Assert.Equal("yes", scored.SelfBuyer);
        Assert.Equal(scored.Text, weak.Text);
    }
}
