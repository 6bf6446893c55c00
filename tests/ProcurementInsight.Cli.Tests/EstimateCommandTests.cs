using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>train</c>, <c>estimate</c> and <c>report</c> over a small simulated year harvested into Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class EstimateCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task HarvestAsync()
    {
        var store = _services.GetRequiredService<INoticeStore>();
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 5, NoticesPerYear = 1200, CorrectedShare = 0 });
        foreach (var notice in SimulatedNotices.Parse(corpus))
        {
            var revision = new NoticeRevision(notice.Key, notice.Key + "/raw.xml", notice.PublicationDate, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
            await store.SaveAsync(new StoredNotice(notice, revision), CancellationToken.None);
        }
    }

    [Fact]
    public async Task Estimate_BeforeTraining_SaysToTrainFirst()
    {
        var result = await CliRun.RunAsync(_settings, "estimate", "--year", "2025", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("procurement-insight train", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainThenEstimate_WithoutSurvey_PrintsCamelCaseJsonForTheDefinition()
    {
        await HarvestAsync();

        var train = await CliRun.RunAsync(_settings, "train");
        var estimate = await CliRun.RunAsync(_settings, "estimate", "--year", "2025", "--definition", "market", "--json");

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("No survey answers are available", train.Output, StringComparison.Ordinal);
        Assert.Equal(0, estimate.ExitCode);
        using var json = JsonDocument.Parse(estimate.Output.Trim());
        var root = json.RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal("market", root.GetProperty("definition").GetString());
        Assert.Equal("pacc", root.GetProperty("method").GetString());
        Assert.Equal(0.10, root.GetProperty("target").GetDouble());
        Assert.Equal(0, root.GetProperty("replicatesAtOrAboveTarget").GetDouble());

        // Nobody answered: the headline is the self-reported share, and no interval is shown as if it were the share.
        Assert.Equal("self-report", root.GetProperty("headline").GetString());
        Assert.StartsWith("Too few survey answers", root.GetProperty("caveats")[0].GetString(), StringComparison.Ordinal);
        foreach (var unit in new[] { "countShare", "euroShare" })
        {
            var share = root.GetProperty(unit);
            Assert.Equal(JsonValueKind.Null, share.GetProperty("ciLow").ValueKind);
            Assert.Equal(JsonValueKind.Null, share.GetProperty("ciHigh").ValueKind);
            Assert.InRange(share.GetProperty("estimate").GetDouble(), 0, 0.5);
        }

        Assert.Equal(root.GetProperty("selfReported").GetProperty("count").GetDouble(), root.GetProperty("countShare").GetProperty("estimate").GetDouble(), 10);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("designBased").GetProperty("countShare").ValueKind);
        Assert.Equal("self-report", root.GetProperty("labels").GetProperty("calibrationSource").GetString());
        Assert.Equal(4, root.GetProperty("breakdowns").GetProperty("quarter").GetArrayLength());
    }

    [Fact]
    public async Task TrainThenReport_ReportAndPage_OpenInABrowserWithEveryChartAndWithoutSideScrolling()
    {
        await HarvestAsync();
        Assert.Equal(0, (await CliRun.RunAsync(_settings, "train")).ExitCode);
        var directory = Path.Combine(Path.GetTempPath(), "pi-report-" + Guid.NewGuid().ToString("N"));
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var serveSettings = new Dictionary<string, string?>(_settings) { ["Hilma:UseSimulator"] = "false", ["HarvestNoticesSchedule"] = "0 0 0 1 1 *" };
        var address = LocalServe.NewAddress();
        await using var serve = await LocalServe.StartAsync(address, serveSettings);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });

        try
        {
            var report = await CliRun.RunAsync(_settings, "report", "--year", "2025", "--out", directory);
            using var served = await serve.Http.GetAsync(new Uri(address, "api/estimates/2025/page"));

            Assert.Equal(0, report.ExitCode);
            Assert.StartsWith("default-src 'none'", served.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            foreach (var width in new[] { 375, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync(new Uri(Path.Combine(directory, "index.html")).AbsoluteUri);
                await BrokerPagesServeTests.CheckAsync(page, "en", "Innovative procurement in 2025", width, Path.Combine(screenshots, $"estimate-report-{width}.png"));
                var images = await page.EvaluateAsync<int[]>("[...document.images].map(i => i.complete ? i.naturalWidth : 0)");
                Assert.Equal(7, images.Length); // Over time, then by sector and by CPV division for each of the three definitions.
                Assert.All(images, w => Assert.True(w > 0, "a chart of the standalone report did not load"));
                Assert.Equal(0, await page.Locator("a").CountAsync()); // No language links leading nowhere from a file.

                await page.GotoAsync(new Uri(address, $"api/estimates/2025/page?code={LocalServe.FunctionKey}").AbsoluteUri);
                await BrokerPagesServeTests.CheckAsync(page, "en", "Innovative procurement in 2025", width, Path.Combine(screenshots, $"estimate-page-{width}.png"));
                Assert.Equal(7, await page.Locator("figure svg").CountAsync());
                await page.CloseAsync();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Estimate_UnknownDefinition_NamesTheChoices()
    {
        var result = await CliRun.RunAsync(_settings, "estimate", "--year", "2025", "--definition", "novel");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("market, buyer or any", result.Error, StringComparison.Ordinal);
    }
}
