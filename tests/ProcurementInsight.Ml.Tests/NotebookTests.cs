using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Ml.Tests;

/// <summary>
/// Executes <c>notebooks/share-over-time.ipynb</c> headless (<c>jupyter nbconvert --execute</c>, Debian's Python
/// packages: <c>scripts/notebook-deps.sh</c>) against exports made here, and reads what it plotted from the
/// summary JSON it writes beside its charts.
/// </summary>
public sealed class NotebookTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>, IDisposable
{
    /// <summary>Debian's jupyter (python3-nbconvert); its kernel is Debian's /usr/bin/python3 with pandas and matplotlib.</summary>
    private const string Jupyter = "/usr/bin/jupyter";

    /// <summary>The header of <c>survey export</c> (SurveyReport.BaseColumns) and one question column.</summary>
    private const string AnswersHeader = "notice_key,procedure_id,title,buyer_name,buyer_id,sector,cpv_division,notice_type,procedure_type,contract_nature,estimated_value,currency,published,language,invited,status,answered,questionnaire_version,judged_innovative,new_to_buyer,new_to_market,new_procedure,barriers";

    private static readonly JsonSerializerOptions Export = new(JsonSerializerDefaults.Web);

    private readonly string _directory = Directory.CreateTempSubdirectory("pi-notebook-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ShareOverTime_DesignedEstimates_PlotsEachDefinitionsQuarterlySharesAgainstTenPercent()
    {
        ShareEstimate[] estimates = [Designed(ShareDefinition.Market), Designed(ShareDefinition.Buyer)];

        var (summary, _) = await RunAsync(estimates);

        Assert.Equal(10, (double)summary["target_percent"]!, 9);
        Assert.Equal("market", (string?)summary["target_definition"]);
        foreach (var estimate in estimates)
        {
            var line = summary["quarterly"]![estimate.Definition]!;
            var quarters = estimate.Breakdowns.Quarter;
            Assert.Equal(quarters.Select(q => q.Group), Strings(line["groups"]));
            AssertPercents(quarters.Select(q => (double?)q.CountShare.Estimate), line["share_percent"]);
            AssertPercents(quarters.Select(q => q.CountShare.CiLow), line["ci_low_percent"]);
            AssertPercents(quarters.Select(q => q.CountShare.CiHigh), line["ci_high_percent"]);
        }
    }

    [Fact]
    public async Task ShareOverTime_EstimatesOfSeveralDays_DrawsTheDailySeries()
    {
        var market = Designed(ShareDefinition.Market);
        var earlier = market with { CountShare = market.CountShare with { Estimate = 0.071 }, ComputedAt = market.ComputedAt.AddDays(-2) };
        var snapshots = Path.Combine(_directory, "snapshots.jsonl");
        await File.WriteAllLinesAsync(snapshots, [JsonSerializer.Serialize(new EstimateSnapshot(new DateOnly(2026, 1, 13), earlier), Export)]);

        var (summary, _) = await RunAsync([market], snapshots: snapshots);

        var daily = summary["daily"]!["market"]!;
        Assert.Equal(["2026-01-13", "2026-01-15"], Strings(daily["dates"]));
        AssertPercents([0.071, market.CountShare.Estimate], daily["share_percent"]);
    }

    [Fact]
    public async Task ShareOverTime_DesignedEstimateAndAnswers_ShowsResponseRatesAndBothDesignEstimates()
    {
        var market = Designed(ShareDefinition.Market);
        var answers = Path.Combine(_directory, "survey-answers.csv");
        await File.WriteAllLinesAsync(answers,
        [
            AnswersHeader,
            "n-1,p-1,\"Robots, for kitchens\",City,0123456-7,Municipal,39,cn-standard,open,supplies,120000,EUR,2025-02-03T00:00:00Z,fi,2025-02-04T00:00:00Z,Answered,2025-02-10T00:00:00Z,2,yes,Improved,Improved,NotNew,cost",
            "n-2,p-2,Bridges,City,0123456-7,Municipal,45,cn-standard,open,works,,,2025-05-03T00:00:00Z,fi,2025-05-04T00:00:00Z,Answered,2025-05-10T00:00:00Z,2,no,NotNew,NotNew,NotNew,",
            "n-3,p-3,Software,Agency,1234567-8,State,72,cn-standard,open,services,,,2025-06-03T00:00:00Z,sv,2025-06-04T00:00:00Z,Answered,2025-06-10T00:00:00Z,2,no,NotNew,NotNew,NotNew,",
            "n-4,p-4,Last year,Agency,1234567-8,State,72,cn-standard,open,services,,,2024-06-03T00:00:00Z,sv,2024-06-04T00:00:00Z,Answered,2024-06-10T00:00:00Z,2,no,NotNew,NotNew,NotNew,",
        ]);

        var (summary, _) = await RunAsync([market], answers: answers);

        var design = summary["design"]!;
        Assert.Equal(market.Design!.FlaggedResponseRate * 100, (double)design["flagged_rate_percent"]!, 4);
        Assert.Equal(market.Design.ControlResponseRate * 100, (double)design["control_rate_percent"]!, 4);
        var bySector = summary["answers_by_sector"]!.AsArray().ToDictionary(r => (string)r!["sector"]!, r => (int)r!["answers"]!);
        Assert.Equal(2, bySector["Municipal"]);
        Assert.Equal(1, bySector["State"]);
        var both = summary["estimates"]!["market"]!;
        Assert.Equal(market.DesignBased!.CountShare!.Estimate * 100, (double)both["design_based_percent"]!, 4);
        Assert.Equal(market.ModelBased!.CountShare.Estimate * 100, (double)both["model_based_percent"]!, 4);
        Assert.Equal(market.SelfReported!.Count * 100, (double)both["self_reported_percent"]!, 4);
    }

    [Fact]
    public async Task ShareOverTime_DesignedEstimate_SavesEveryChartAsPng()
    {
        var (summary, _) = await RunAsync([Designed(ShareDefinition.Market)]);

        var charts = Strings(summary["charts"]);
        Assert.Equal(["share-over-time.png", "share-over-time-sector.png", "share-over-time-cpv.png", "share-over-time-response.png", "share-over-time-designs.png"], charts.Select(Path.GetFileName));
        foreach (var chart in charts)
        {
            Assert.Equal(_directory, Path.GetDirectoryName(chart));
            var png = await File.ReadAllBytesAsync(chart!);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        }
    }

    [Fact]
    public async Task ShareOverTime_NoIntervalsNoDesignBasedAndABadLine_SaysSoAndShowsTheRest()
    {
        var market = fixture.Estimate(ShareDefinition.Market, fixture.DesignedOutcomes(withControl: false));
        var bare = market with
        {
            Breakdowns = market.Breakdowns with { Quarter = [.. market.Breakdowns.Quarter.Select(q => q with { CountShare = ShareInterval.WithoutInterval(q.CountShare.Estimate, "Too few answers.") })] },
        };

        var (summary, notebook) = await RunAsync([bare], badLine: true);

        var quarterly = summary["quarterly"]!["market"]!;
        AssertPercents(bare.Breakdowns.Quarter.Select(q => (double?)q.CountShare.Estimate), quarterly["share_percent"]);
        AssertPercents(bare.Breakdowns.Quarter.Select(_ => (double?)null), quarterly["ci_low_percent"]);
        Assert.Null(summary["estimates"]!["market"]!["design_based_percent"]);
        Assert.Equal(market.DesignBased!.Problem, (string?)summary["estimates"]!["market"]!["design_based_problem"]);
        Assert.Contains("line 2: not an estimate", Assert.Single(Strings(summary["problems"])), StringComparison.Ordinal);
        Assert.Contains("no design-based estimate", notebook, StringComparison.Ordinal);
        Assert.Contains("no interval", notebook, StringComparison.Ordinal);
    }

    private ShareEstimate Designed(ShareDefinition definition) => fixture.Estimate(definition, fixture.DesignedOutcomes(withControl: true));

    private static List<string?> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string?)n)];

    /// <summary>The notebook's percents equal the export's shares (0–1) times 100; a missing interval end stays null.</summary>
    private static void AssertPercents(IEnumerable<double?> shares, JsonNode? percents)
    {
        var expected = shares.ToList();
        var actual = percents!.AsArray().Select(n => (double?)n).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] is null ? actual[i] is null : actual[i] is { } a && Math.Abs(a - (expected[i]!.Value * 100)) < 1e-4, $"point {i}: expected {expected[i] * 100}, got {actual[i]}");
        }
    }

    /// <summary>
    /// Writes the estimate export (one JSON object per line, as <c>estimate --json</c>), executes a copy of the
    /// notebook with the paths in its environment variables, and returns its summary JSON and the executed notebook's text.
    /// </summary>
    private async Task<(JsonNode Summary, string Notebook)> RunAsync(IReadOnlyList<ShareEstimate> estimates, string? snapshots = null, string? answers = null, bool badLine = false)
    {
        Assert.True(File.Exists(Jupyter), $"{Jupyter} is missing: run scripts/notebook-deps.sh to install Debian's notebook packages.");
        var export = Path.Combine(_directory, "estimate-2025.jsonl");
        var lines = estimates.Select(e => JsonSerializer.Serialize(e, Export)).ToList();
        if (badLine)
        {
            lines.Insert(1, "{\"definition\": \"market\", \"year\": ");
        }

        await File.WriteAllLinesAsync(export, lines);
        var notebook = Path.Combine(_directory, "share-over-time.ipynb");
        File.Copy(Path.Combine(FixtureFiles.RepositoryRoot, "notebooks", "share-over-time.ipynb"), notebook);
        var start = new ProcessStartInfo(Jupyter)
        {
            ArgumentList = { "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300", "--output", "executed.ipynb", notebook },
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["NOTEBOOK_ESTIMATE"] = export,
                ["NOTEBOOK_SNAPSHOTS"] = snapshots ?? string.Empty,
                ["NOTEBOOK_ANSWERS"] = answers ?? string.Empty,
                ["NOTEBOOK_OUTPUT"] = Path.Combine(_directory, "share-over-time.png"),
            },
        };
        using var process = Process.Start(start)!; // Process.Start with a file name returns a process or throws.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        Assert.True(process.ExitCode == 0, $"nbconvert failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");

        var executed = await File.ReadAllTextAsync(Path.Combine(_directory, "executed.ipynb"));
        var summary = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "share-over-time-summary.json")))!;
        return (summary, executed);
    }
}
