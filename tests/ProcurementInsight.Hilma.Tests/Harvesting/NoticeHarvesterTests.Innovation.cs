using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

public sealed partial class NoticeHarvesterTests
{
    [Fact]
    public async Task HarvestAsync_KeyedStatistics_AttachesEachLotsAnswersFromTheReadApi()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        var stored = await scenario.StoredAsync();
        var checkedLots = 0;
        foreach (var entry in scenario.Corpus.Entries.Where(e => stored.ContainsKey(e.Key)))
        {
            var simulated = scenario.Corpus.Generate(entry);
            var notice = stored[entry.Key].Notice;
            foreach (var lot in simulated.Lots.Where(l => l.Statistics is not null))
            {
                var answers = notice.Lots.Single(l => l.LotId == lot.Id).HilmaAnswers;
                Assert.NotNull(answers);
                Assert.Equal(HilmaStatisticsSource.ReadApi, answers.Source);
                Assert.Equal(lot.Statistics!.SolutionNewToMarketOrIndustry, answers.SolutionNewToMarketOrIndustry);
                Assert.Equal(lot.Statistics.SolutionNewToBuyer, answers.SolutionNewToBuyer);
                Assert.Equal(lot.Statistics.InnovationConsidered, answers.InnovationConsidered);
                checkedLots++;
            }
        }

        Assert.True(checkedLots > 50, $"only {checkedLots} lots had statistics");
    }

    [Fact]
    public async Task HarvestAsync_FlatStatistics_AreTakenAsNoticeLevelAnswers()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(), new HilmaSimulatorOptions { StatisticsShape = StatisticsShape.Flat });

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        var stored = await scenario.StoredAsync();
        var withStatistics = scenario.Corpus.Entries
            .Where(e => stored.ContainsKey(e.Key))
            .Select(e => (Simulated: scenario.Corpus.Generate(e), Stored: stored[e.Key].Notice))
            .Where(p => p.Simulated.Statistics is not null)
            .ToList();
        Assert.NotEmpty(withStatistics);
        Assert.All(withStatistics, p =>
        {
            Assert.Equal(HilmaStatisticsSource.ReadApi, p.Stored.HilmaNoticeAnswers!.Source);
            Assert.Equal(p.Simulated.Statistics!.SolutionNewToMarketOrIndustry, p.Stored.HilmaNoticeAnswers.SolutionNewToMarketOrIndustry);
        });
    }

    [Fact]
    public async Task HarvestAsync_EuNoticeNewToMarket_KeepsHilmaAnswerAndEFormsCodeApart()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus(seed: 23) with { NoticesPerYear = 12000 });

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        var stored = (await scenario.StoredAsync()).Values.Select(s => s.Notice).ToList();
        var euNewToMarket = stored.Where(n => n.IsEuNotice && n.Lots.Any(l => l.HilmaAnswers?.SolutionNewToMarketOrIndustry == true)).ToList();
        var national = stored.Where(n => !n.IsEuNotice).ToList();
        Assert.NotEmpty(euNewToMarket);
        Assert.All(euNewToMarket, n =>
        {
            Assert.Contains(InnovationSignal.HilmaNewToMarket, n.Innovation.Signals);
            Assert.Contains(InnovationSignal.EFormsMarketNovelty, n.Innovation.Signals);
            Assert.True(n.Innovation.NewToMarket);
        });
        Assert.NotEmpty(national);
        Assert.All(national, n => Assert.DoesNotContain(n.Innovation.Signals, s => s >= InnovationSignal.EFormsInnovativePurchase));
        Assert.Contains(national, n => n.Innovation.NewToBuyer);
    }

    [Fact]
    public async Task HarvestAsync_LegacyNotices_MapTheirSingleConsideredFlag()
    {
        var corpus = new SimulatorCorpusOptions { Seed = 31, From = new DateOnly(2023, 8, 21), To = new DateOnly(2023, 9, 10), NoticesPerYear = 4000 };
        await using var scenario = await HarvestScenario.StartAsync(azurite, corpus);
        var from = new DateTimeOffset(2023, 8, 21, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2023, 9, 11, 0, 0, 0, TimeSpan.Zero);

        var run = await scenario.Harvester.HarvestAsync(new HarvestRequest(from, to), null, CancellationToken.None);

        var stored = await scenario.StoredAsync();
        var legacy = stored.Values.Where(s => s.Notice.IsLegacy).ToList();
        Assert.Equal(scenario.CorpusKeys(from, to).Count, run.Counts.New);
        Assert.NotEmpty(legacy);
        Assert.Contains(stored.Values, s => s.Notice.HilmaId!.StartsWith("EF-", StringComparison.Ordinal));
        Assert.All(legacy, s =>
        {
            Assert.EndsWith(".json", s.Revision.RawLocation, StringComparison.Ordinal);
            Assert.Empty(s.Notice.Lots);
            Assert.Equal(HilmaStatisticsSource.LegacyNotice, s.Notice.HilmaNoticeAnswers?.Source ?? HilmaStatisticsSource.LegacyNotice);
            Assert.DoesNotContain(s.Notice.Innovation.Signals, x => x != InnovationSignal.LegacyInnovationConsidered);
        });
        Assert.Contains(legacy, s => s.Notice.Innovation.Considered);
    }
}
