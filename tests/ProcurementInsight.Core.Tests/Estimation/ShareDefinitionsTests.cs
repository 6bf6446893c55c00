using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class ShareDefinitionsTests
{
    private static SurveyLabel Label(bool judged, NoveltyLevel buyer, NoveltyLevel market, NoveltyLevel procedure) =>
        new(judged, buyer, market, procedure, "1", DateTimeOffset.UnixEpoch);

    [Fact]
    public void IsInnovative_NewToBuyerOnly_BuyerAndAnyButNotMarket()
    {
        var label = Label(false, NoveltyLevel.SignificantlyImproved, NoveltyLevel.NotNew, NoveltyLevel.NotNew);

        Assert.False(ShareDefinitions.IsInnovative(label, ShareDefinition.Market));
        Assert.True(ShareDefinitions.IsInnovative(label, ShareDefinition.Buyer));
        Assert.True(ShareDefinitions.IsInnovative(label, ShareDefinition.Any));
    }

    [Fact]
    public void IsInnovative_NewToMarket_CountsAsNewToBuyerToo()
    {
        var label = Label(false, NoveltyLevel.NotNew, NoveltyLevel.CompletelyNew, NoveltyLevel.NotNew);

        Assert.True(ShareDefinitions.IsInnovative(label, ShareDefinition.Market));
        Assert.True(ShareDefinitions.IsInnovative(label, ShareDefinition.Buyer));
    }

    [Fact]
    public void IsInnovative_OnlyJudgement_AnyOnly()
    {
        var label = Label(true, NoveltyLevel.NotNew, NoveltyLevel.NotNew, NoveltyLevel.NotNew);

        Assert.False(ShareDefinitions.IsInnovative(label, ShareDefinition.Buyer));
        Assert.True(ShareDefinitions.IsInnovative(label, ShareDefinition.Any));
    }

    [Fact]
    public void IsInnovative_NoSelfReport_NoWeakLabel()
    {
        Assert.Null(ShareDefinitions.IsInnovative(SelfReport.None, ShareDefinition.Market));
        Assert.False(ShareDefinitions.IsInnovative(new SelfReport(false, true, true, true, false), ShareDefinition.Market));
    }

    [Theory]
    [InlineData("market", ShareDefinition.Market)]
    [InlineData("BUYER", ShareDefinition.Buyer)]
    [InlineData(" any ", ShareDefinition.Any)]
    public void TryParse_Names_RoundTrip(string text, ShareDefinition expected)
    {
        Assert.True(ShareDefinitions.TryParse(text, out var definition));
        Assert.Equal(expected, definition);
        Assert.False(ShareDefinitions.TryParse("innovative", out _));
    }
}
