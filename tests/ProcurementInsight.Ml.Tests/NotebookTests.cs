using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Testing;
using ScottPlot;

namespace ProcurementInsight.Ml.Tests;

/// <summary>Runs the C# cells of <c>notebooks/share-over-time.ipynb</c> against an export made here, as the notebook would.</summary>
public sealed class NotebookTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>, IDisposable
{
    private static readonly JsonSerializerOptions Export = new(JsonSerializerDefaults.Web);

    private readonly string _directory = Directory.CreateTempSubdirectory("pi-notebook-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ShareOverTime_EstimateExport_DrawsOneLinePerDefinitionWithTheQuarterlyShares()
    {
        ShareEstimate[] estimates = [fixture.Estimate(ShareDefinition.Market), fixture.Estimate(ShareDefinition.Buyer)];
        var export = Path.Combine(_directory, "estimate-2025.jsonl");
        await File.WriteAllLinesAsync(export, estimates.Select(e => JsonSerializer.Serialize(e, Export)));
        var chart = Path.Combine(_directory, "share-over-time.png");

        var plot = await RunAsync(Path.Combine(FixtureFiles.RepositoryRoot, "notebooks", "share-over-time.ipynb"), export, chart);

        var lines = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().ToList();
        Assert.Equal(["market", "buyer"], lines.Select(l => l.LegendText));
        for (var d = 0; d < estimates.Length; d++)
        {
            var expected = estimates[d].Breakdowns.Quarter.Select(q => q.CountShare.Estimate * 100).ToArray();
            Assert.Equal(expected, lines[d].Data.GetScatterPoints().Select(p => p.Y).ToArray());
        }

        Assert.Single(plot.GetPlottables().OfType<ScottPlot.Plottables.HorizontalLine>(), l => l.Position == 10);
        var png = await File.ReadAllBytesAsync(chart);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    /// <summary>
    /// Runs every C# code cell in order in one script state. The parameters cell is replaced by the given paths,
    /// and <c>#r "nuget:"</c> lines are served by this project's own ScottPlot reference.
    /// </summary>
    private static async Task<Plot> RunAsync(string notebook, string exportPath, string chartPath)
    {
        var cells = JsonNode.Parse(await File.ReadAllTextAsync(notebook))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => (Tags: c!["metadata"]?["tags"]?.AsArray().Select(t => (string?)t).ToList() ?? [], Source: string.Concat(c["source"]!.AsArray().Select(l => (string?)l))))
            .ToList();
        Assert.Contains(cells, c => c.Tags.Contains("parameters"));
        var options = ScriptOptions.Default
            .AddReferences(typeof(Plot).Assembly, typeof(JsonDocument).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic");
        ScriptState<object>? state = null;
        foreach (var (tags, source) in cells)
        {
            var code = tags.Contains("parameters")
                ? $"var exportPath = {JsonSerializer.Serialize(exportPath)};\nvar chartPath = {JsonSerializer.Serialize(chartPath)};"
                : string.Join('\n', source.Split('\n').Where(l => !l.TrimStart().StartsWith("#r \"nuget:", StringComparison.Ordinal)));
            state = state is null
                ? await CSharpScript.RunAsync(code, options)
                : await state.ContinueWithAsync(code, options);
        }

        return Assert.IsType<Plot>(state?.ReturnValue);
    }
}
