using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Testing;

/// <summary>
/// A simulated corpus as the harvest would store it, without HTTP or storage: each notice's eForms XML is
/// parsed by the real parser and the lots get the HILMA statistics answers the read API would attach.
/// </summary>
public static class SimulatedNotices
{
    /// <summary>Every well-formed notice of the corpus, in corpus order.</summary>
    public static IReadOnlyList<Notice> Parse(SimulatedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var parser = new EFormsNoticeParser();
        var notices = new List<Notice>(corpus.Count);
        foreach (var entry in corpus.Entries)
        {
            if (entry.IsMalformed || entry.IsLegacy)
            {
                continue;
            }

            var simulated = corpus.Generate(entry);
            if (parser.Parse(SimulatedCorpus.EFormBytes(simulated)).Notice is not { } notice)
            {
                continue;
            }

            var statistics = simulated.Lots.ToDictionary(l => l.Id, l => l.Statistics, StringComparer.Ordinal);
            notices.Add(notice with
            {
                HilmaId = entry.Key,

                // The harvest takes the date from HILMA's datePublished when the XML has none.
                PublicationDate = notice.PublicationDate ?? entry.DatePublished,
                Lots = [.. notice.Lots.Select(l => statistics.GetValueOrDefault(l.LotId) is { } s
                    ? l with { HilmaAnswers = new InnovationAnswers(s.InnovationConsidered, s.SolutionNewToBuyer, s.SolutionNewToMarketOrIndustry, HilmaStatisticsSource.ReadApi) }
                    : l)],
            });
        }

        return notices;
    }
}
