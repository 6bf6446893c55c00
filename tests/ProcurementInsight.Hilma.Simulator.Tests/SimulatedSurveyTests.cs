using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed class SimulatedSurveyTests
{
    private static readonly Lazy<(SimulatedCorpus Corpus, string[] Keys)> Year = new(() =>
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 77, NoticesPerYear = 6000 });
        return (corpus, corpus.Entries.Where(e => e.Type.Kind is NoticeKind.Contract).Select(e => e.Key).ToArray());
    });

    [Fact]
    public void NewToMarketShare_Raised_RaisesTheTrueShare()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 77, NoticesPerYear = 6000, NewToMarketShare = 0.15 });
        var keys = corpus.Entries.Where(e => e.Type.Kind is NoticeKind.Contract).Select(e => e.Key).ToList();

        var raised = keys.Count(k => corpus.Truth(k).NewToMarket) / (double)keys.Count;
        var usual = Year.Value.Keys.Count(k => Year.Value.Corpus.Truth(k).NewToMarket) / (double)Year.Value.Keys.Length;

        Assert.InRange(raised, 0.12, 0.18);
        Assert.InRange(usual, 0.035, 0.065);
    }

    [Fact]
    public void Run_Corpus_StateAnswersMoreOftenThanOtherBuyers()
    {
        var (corpus, keys) = Year.Value;

        var outcomes = SimulatedSurvey.Run(corpus, keys, new SimulatedSurveyOptions());

        double Rate(string legalType)
        {
            var of = outcomes.Where(o => corpus.TryGetEntry(o.NoticeKey, out var e) && corpus.Generate(e).Buyer.LegalType == legalType).ToList();
            return of.Count(o => o.Status == SurveyOutcomeStatus.Answered) / (double)of.Count;
        }

        Assert.Equal(keys.Length, outcomes.Count);
        Assert.True(Rate("cga") > Rate("pub-undert") + 0.1, $"state {Rate("cga")}, other {Rate("pub-undert")}");
        Assert.All(outcomes, o => Assert.Equal(o.Status == SurveyOutcomeStatus.Answered, o.Label is not null));
    }

    [Fact]
    public void Run_Answers_ReportTheHiddenTruthWithSmallErrors()
    {
        var (corpus, keys) = Year.Value;

        var answered = SimulatedSurvey.Run(corpus, keys, new SimulatedSurveyOptions()).Where(o => o.Label is not null).ToList();

        var agree = answered.Count(o => (o.Label!.NewToMarket != NoveltyLevel.NotNew) == corpus.Truth(o.NoticeKey).NewToMarket);
        Assert.InRange(agree / (double)answered.Count, 0.99, 1.0);
        Assert.Contains(answered, o => o.Label!.NewToMarket != NoveltyLevel.NotNew);
    }

    [Fact]
    public void Run_SameSeed_SameOutcomes()
    {
        var (corpus, keys) = Year.Value;

        var first = SimulatedSurvey.Run(corpus, keys.Take(300), new SimulatedSurveyOptions { Seed = 3 });
        var second = SimulatedSurvey.Run(corpus, keys.Take(300), new SimulatedSurveyOptions { Seed = 3 });
        var other = SimulatedSurvey.Run(corpus, keys.Take(300), new SimulatedSurveyOptions { Seed = 4 });

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(o => o.Status), other.Select(o => o.Status));
    }

    [Fact]
    public void Respond_EachKey_EqualsRun()
    {
        var (corpus, keys) = Year.Value;
        var options = new SimulatedSurveyOptions { Seed = 5 };

        var one = keys.Take(200).Select(k => SimulatedSurvey.Respond(corpus, k, options)!).ToList(); // Every key is the corpus's own.

        Assert.Equal(SimulatedSurvey.Run(corpus, keys.Take(200), options), one);
        Assert.Null(SimulatedSurvey.Respond(corpus, "EF-999999999", options));
    }

    [Fact]
    public void Run_InnovativeResponseFactorTwo_InnovativeUnitsAnswerTwiceAsOften()
    {
        var (corpus, keys) = Year.Value;

        double Ratio(SimulatedSurveyOptions options)
        {
            var outcomes = SimulatedSurvey.Run(corpus, keys, options);
            double Rate(bool innovative)
            {
                var of = outcomes.Where(o => corpus.Truth(o.NoticeKey) is var t && (t.NewToMarket || t.TrulyInnovative) == innovative).ToList();
                return of.Count(o => o.Status == SurveyOutcomeStatus.Answered) / (double)of.Count;
            }

            return Rate(true) / Rate(false);
        }

        Assert.InRange(Ratio(new SimulatedSurveyOptions { InnovativeResponseFactor = 2 }), 1.6, 2.4);
        Assert.InRange(Ratio(new SimulatedSurveyOptions()), 0.8, 1.25);
    }

    [Fact]
    public void Run_ResponseScaleHalf_HalvesTheAnswers()
    {
        var (corpus, keys) = Year.Value;

        var usual = SimulatedSurvey.Run(corpus, keys, new SimulatedSurveyOptions()).Count(o => o.Status == SurveyOutcomeStatus.Answered);
        var halved = SimulatedSurvey.Run(corpus, keys, new SimulatedSurveyOptions { ResponseScale = 0.5 }).Count(o => o.Status == SurveyOutcomeStatus.Answered);

        Assert.InRange(halved / (double)usual, 0.42, 0.58);
    }
}
