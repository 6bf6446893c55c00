using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Testing;

/// <summary>A simulated corpus as the harvest would store it, read by the real eForms parser (<see cref="SimulatedCorpus.HarvestedNotices"/>).</summary>
public static class SimulatedNotices
{
    /// <summary>Every well-formed notice of the corpus, in corpus order.</summary>
    public static IReadOnlyList<Notice> Parse(SimulatedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var parser = new EFormsNoticeParser();
        return corpus.HarvestedNotices(xml => parser.Parse(xml).Notice);
    }
}
