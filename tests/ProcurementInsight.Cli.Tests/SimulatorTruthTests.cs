using System.Text.Json;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>simulator truth</c>: the configured corpus's hidden share, over the units the estimate counts.</summary>
public sealed class SimulatorTruthTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Simulator:Seed"] = "31",
        ["Simulator:NoticesPerYear"] = "1500",
        ["Simulator:NewToMarketShare"] = "0.12",
    };

    [Fact]
    public async Task Truth_Json_EqualsTheShareComputedFromTheCorpus()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 31, NoticesPerYear = 1500, NewToMarketShare = 0.12, To = new DateOnly(2026, 1, 1) });
        var units = ProcurementUnits.From(SimulatedNotices.Parse(corpus)).Where(u => u.Year == 2025).ToList();
        var valued = units.Where(u => u.Euros is not null).Select(u => u.Euros!.Value).Order().ToList();
        var median = valued.Count % 2 == 1 ? valued[valued.Count / 2] : (valued[(valued.Count / 2) - 1] + valued[valued.Count / 2]) / 2;

        var result = await CliRun.RunAsync(Settings, "simulator", "truth", "--year", "2025", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.OutputLines.Count);
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.True(ShareDefinitions.TryParse(root.GetProperty("definition").GetString(), out var definition));
            var innovative = units.Where(u => IsTrue(corpus.Truth(u.Key), definition)).ToList();
            var euros = units.Sum(u => u.Euros ?? median);
            var innovativeEuros = innovative.Sum(u => u.Euros ?? median);
            Assert.Equal(2025, root.GetProperty("year").GetInt32());
            Assert.Equal(units.Count, root.GetProperty("procurements").GetInt32());
            Assert.Equal(innovative.Count, root.GetProperty("innovative").GetInt32());
            Assert.Equal(innovative.Count / (double)units.Count, root.GetProperty("countShare").GetDouble(), 12);
            Assert.Equal((double)(innovativeEuros / euros), root.GetProperty("euroShare").GetDouble(), 12);
            Assert.Equal(median, root.GetProperty("medianEuros").GetDecimal());
            Assert.Equal(units.Count(u => u.Euros is null), root.GetProperty("withoutValue").GetInt32());
        }
    }

    [Fact]
    public async Task Truth_YearOutsideTheCorpus_SaysSoAndFails()
    {
        var result = await CliRun.RunAsync(Settings, "simulator", "truth", "--year", "2019", "--definition", "market");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no procurements first published in 2019", result.Error, StringComparison.Ordinal);
    }

    private static bool IsTrue(NoticeTruth truth, ShareDefinition definition) => definition switch
    {
        ShareDefinition.Market => truth.NewToMarket,
        ShareDefinition.Buyer => truth.NewToBuyer || truth.NewToMarket,
        _ => truth.NewToMarket || truth.NewToBuyer || truth.NewProcess,
    };
}
