using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Ml.Tests;

/// <summary>A simulated year with survey outcomes and the hidden truth of every procurement.</summary>
internal sealed record SimulatedYear(SimulatedCorpus Corpus, IReadOnlyList<ProcurementUnit> Units, IReadOnlyList<SurveyOutcome> Outcomes)
{
    public static SimulatedYear Create(int seed, int noticesPerYear, double newToMarketShare)
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions
        {
            Seed = seed,
            NoticesPerYear = noticesPerYear,
            NewToMarketShare = newToMarketShare,
            CorrectedShare = 0,
        });
        var units = ProcurementUnits.From(SimulatedNotices.Parse(corpus));
        var outcomes = SimulatedSurvey.Run(corpus, units.Select(u => u.Key), new SimulatedSurveyOptions { Seed = seed + 1 });
        return new SimulatedYear(corpus, units, outcomes);
    }

    public double TrueShare(ShareDefinition definition, int year)
    {
        var units = Units.Where(u => u.Year == year).ToList();
        return units.Count(u => IsTrue(u, definition)) / (double)units.Count;
    }

    public bool IsTrue(ProcurementUnit unit, ShareDefinition definition)
    {
        var truth = Corpus.Truth(unit.Key);
        return definition switch
        {
            ShareDefinition.Market => truth.NewToMarket,
            ShareDefinition.Buyer => truth.NewToBuyer,
            _ => truth.NewToMarket || truth.NewToBuyer || truth.NewProcess,
        };
    }
}
