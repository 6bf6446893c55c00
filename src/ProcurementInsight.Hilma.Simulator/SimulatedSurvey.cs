using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Simulated follow-up survey outcomes over a corpus: non-response that varies with the buyer's sector and the
/// procurement's size, and answers that are the hidden truth seen through small reporting errors. Each
/// notice's outcome depends only on the seed and the notice, so any subset reproduces.
/// </summary>
public static class SimulatedSurvey
{
    /// <summary>The outcome of surveying each of <paramref name="noticeKeys"/> (keys not in the corpus are skipped).</summary>
    public static IReadOnlyList<SurveyOutcome> Run(SimulatedCorpus corpus, IEnumerable<string> noticeKeys, SimulatedSurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(noticeKeys);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<SurveyOutcome>();
        foreach (var key in noticeKeys)
        {
            if (!corpus.TryGetEntry(key, out var entry))
            {
                continue;
            }

            var notice = corpus.Generate(entry);
            var random = new Random(SimulatedCorpus.Mix(options.Seed, entry.NoticeSeed));
            if (random.NextDouble() < options.NoContactRate)
            {
                outcomes.Add(new SurveyOutcome(key, SurveyOutcomeStatus.NoContact, null));
                continue;
            }

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
            if (random.NextDouble() >= rate)
            {
                var status = random.NextDouble() switch
                {
                    < 0.7 => SurveyOutcomeStatus.Expired,
                    < 0.85 => SurveyOutcomeStatus.Pending,
                    < 0.95 => SurveyOutcomeStatus.OptedOut,
                    _ => SurveyOutcomeStatus.Bounced,
                };
                outcomes.Add(new SurveyOutcome(key, status, null));
                continue;
            }

            var truth = notice.Truth;
            var label = new SurveyLabel(
                Report(random, truth.TrulyInnovative, options),
                Level(random, truth.NewToBuyer, options),
                Level(random, truth.NewToMarket, options),
                Level(random, truth.NewProcess, options),
                "simulated-1",
                notice.Entry.DatePublished.AddDays(30 + random.Next(60)));
            outcomes.Add(new SurveyOutcome(key, SurveyOutcomeStatus.Answered, label));
        }

        return outcomes;
    }

    private static bool Report(Random random, bool truth, SimulatedSurveyOptions options) =>
        random.NextDouble() < (truth ? options.Recall : options.FalsePositiveRate);

    private static NoveltyLevel Level(Random random, bool truth, SimulatedSurveyOptions options) =>
        !Report(random, truth, options) ? NoveltyLevel.NotNew
        : random.NextDouble() < 0.5 ? NoveltyLevel.CompletelyNew
        : NoveltyLevel.SignificantlyImproved;
}
