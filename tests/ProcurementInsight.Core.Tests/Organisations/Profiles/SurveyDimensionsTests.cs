using ProcurementInsight.Core.Organisations.Profiles;

namespace ProcurementInsight.Core.Tests.Organisations.Profiles;

public sealed class SurveyDimensionsTests
{
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
