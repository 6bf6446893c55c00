using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Simulated follow-up survey outcomes over a corpus: non-response that varies with the buyer's sector and the
/// procurement's size (and, when configured, its hidden innovativeness), and answers that are the hidden truth
/// seen through small reporting errors. Each notice's outcome depends only on the seed and the notice, so any
/// subset reproduces, and a simulated respondent answering through the form decides as the benchmark does.
/// </summary>
public static class SimulatedSurvey
{
    /// <summary>The questionnaire version the simulated labels carry.</summary>
    public const string QuestionnaireVersion = "simulated-1";

    /// <summary>The outcome of surveying each of <paramref name="noticeKeys"/> (keys not in the corpus are skipped).</summary>
    public static IReadOnlyList<SurveyOutcome> Run(SimulatedCorpus corpus, IEnumerable<string> noticeKeys, SimulatedSurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(noticeKeys);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<SurveyOutcome>();
        foreach (var key in noticeKeys)
        {
            if (Respond(corpus, key, options) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    /// <summary>
    /// How the procurement unit surveyed about <paramref name="noticeKey"/> responds: no contact, one of the
    /// non-response endings, or an answer whose label is the hidden truth seen through
    /// <see cref="SimulatedSurveyOptions.Recall"/> and <see cref="SimulatedSurveyOptions.FalsePositiveRate"/>.
    /// Null when the corpus has no such notice.
    /// </summary>
    public static SurveyOutcome? Respond(SimulatedCorpus corpus, string noticeKey, SimulatedSurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(noticeKey);
        ArgumentNullException.ThrowIfNull(options);
        if (!corpus.TryGetEntry(noticeKey, out var entry))
        {
            return null;
        }

        var notice = corpus.Generate(entry);
        var random = new Random(SimulatedCorpus.Mix(options.Seed, entry.NoticeSeed));
        if (random.NextDouble() < options.NoContactRate)
        {
            return new SurveyOutcome(noticeKey, SurveyOutcomeStatus.NoContact, null);
        }

        var truth = notice.Truth;
        var rate = BuyerLegalType.ToSector(notice.Buyer.LegalType) switch
        {
            Sector.State => options.StateResponseRate,
            Sector.Municipal => options.MunicipalResponseRate,
            _ => options.OtherResponseRate,
        };
        var value = notice.ResultTotal ?? notice.EstimatedValue;
        rate += value switch
        {
            >= 1_000_000m => options.SizeEffect,
            < 60_000m => -options.SizeEffect,
            _ => 0,
        };

        // Multiplying by the defaults (1) leaves the rate, and so every draw, exactly as it was.
        rate *= options.ResponseScale * (truth.NewToMarket || truth.TrulyInnovative ? options.InnovativeResponseFactor : 1.0);
        if (random.NextDouble() >= rate)
        {
            var status = random.NextDouble() switch
            {
                < 0.7 => SurveyOutcomeStatus.Expired,
                < 0.85 => SurveyOutcomeStatus.Pending,
                < 0.95 => SurveyOutcomeStatus.OptedOut,
                _ => SurveyOutcomeStatus.Bounced,
            };
            return new SurveyOutcome(noticeKey, status, null);
        }

        var label = new SurveyLabel(
            Report(random, truth.TrulyInnovative, options),
            Level(random, truth.NewToBuyer, options),
            Level(random, truth.NewToMarket, options),
            Level(random, truth.NewProcess, options),
            QuestionnaireVersion,
            notice.Entry.DatePublished.AddDays(30 + random.Next(60)));
        return new SurveyOutcome(noticeKey, SurveyOutcomeStatus.Answered, label);
    }

    private static bool Report(Random random, bool truth, SimulatedSurveyOptions options) =>
        random.NextDouble() < (truth ? options.Recall : options.FalsePositiveRate);

    private static NoveltyLevel Level(Random random, bool truth, SimulatedSurveyOptions options) =>
        !Report(random, truth, options) ? NoveltyLevel.NotNew
        : random.NextDouble() < 0.5 ? NoveltyLevel.CompletelyNew
        : NoveltyLevel.SignificantlyImproved;
}
