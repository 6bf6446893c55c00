using ProcurementInsight.Survey.Questionnaire;

namespace ProcurementInsight.Survey.Tests;

public sealed class SurveyQuestionnaireTests
{
    /// <summary>
    /// Each version's file is frozen: answers keep the version they were given in, so a changed question
    /// must come as a new version file (and a new hash here), never as an edit of an old one.
    /// </summary>
    [Fact]
    public void Catalog_EveryVersion_IsFrozenByItsHash()
    {
        var expected = new Dictionary<string, string>
        {
            ["2026-1"] = "95a7dfc25dabc71959ad18a8f6ee4afad5eb2194c615c2ce416b8cdf79f03bc4",
        };

        var actual = QuestionnaireCatalog.All.ToDictionary(v => v.Key, v => v.Value.ContentHash);

        Assert.Equal(expected, actual);
        Assert.Equal("2026-1", QuestionnaireCatalog.Current.Version);
    }

    [Fact]
    public void Catalog_Current_AsksEveryTopicInThreeLanguages()
    {
        var questionnaire = QuestionnaireCatalog.Current;

        Assert.Equal(
            ["judgement", "new-to-buyer", "new-to-market", "new-procedure", "subject", "methods", "goals", "innovative-share", "impacts", "barriers", "risk-sharing", "interview"],
            questionnaire.Questions.Select(q => q.Id));
        Assert.All(questionnaire.Questions, q =>
        {
            Assert.Equal(["en", "fi", "sv"], q.Text.Keys.Order());
            Assert.All(q.Options, o => Assert.Equal(["en", "fi", "sv"], o.Text.Keys.Order()));
        });
        Assert.Equal(
            ["market-dialogue", "functional-specifications", "award-criteria", "innovation-partnership", "pre-commercial", "competitive-dialogue"],
            questionnaire.Questions.Single(q => q.Id == "methods").Options.Select(o => o.Value));
    }

    [Fact]
    public void Validate_TextOverTheLimit_IsAnErrorNamingTheLimit()
    {
        var form = new Dictionary<string, IReadOnlyList<string>> { ["impacts"] = [new string('x', 4_001)] };

        var (values, errors) = QuestionnaireCatalog.Current.Validate(form, "en");

        Assert.False(values.ContainsKey("impacts"));
        Assert.Equal("The text is too long: at most 4000 characters.", errors["impacts"]);
        Assert.Equal("Please choose an answer.", errors["judgement"]);
    }
}
