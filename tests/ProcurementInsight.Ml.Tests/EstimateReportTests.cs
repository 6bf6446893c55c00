using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml.Tests;

public sealed class EstimateReportTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pi-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_TwoDefinitions_WritesPageAndEveryChartAsPngAndSvg()
    {
        ShareEstimate[] estimates = [fixture.Estimate(ShareDefinition.Market), fixture.Estimate(ShareDefinition.Buyer)];

        var path = await Reports.Create().WriteAsync(_directory, estimates, snapshots: null, CancellationToken.None);

        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("Innovative procurement in 2025", html, StringComparison.Ordinal);
        string[] charts = ["share-over-time", "by-sector-market", "by-cpv-market", "by-sector-buyer", "by-cpv-buyer"];
        foreach (var chart in charts)
        {
            Assert.Contains($"src=\"{chart}.png\"", html, StringComparison.Ordinal);
            var png = await File.ReadAllBytesAsync(Path.Combine(_directory, chart + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.True(png.Length > 5000, $"{chart}.png is only {png.Length} bytes");
            Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(_directory, chart + ".svg")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenderInline_Estimate_ShowsHeadlineTargetAndThreeMethods()
    {
        var estimate = fixture.Estimate(ShareDefinition.Market);

        var html = await Reports.Create().RenderInlineAsync([estimate], null);

        var headline = (estimate.CountShare.Estimate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
        Assert.Contains(headline, html, StringComparison.Ordinal);
        Assert.Contains("10 % target", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("CC count", html, StringComparison.Ordinal);
        Assert.Contains("2025-Q3", html, StringComparison.Ordinal);
    }
}
