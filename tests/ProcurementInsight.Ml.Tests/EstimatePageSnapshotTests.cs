using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Ml.Tests;

/// <summary>
/// The estimate page and the written report held to structural snapshots (headings, visible text, links, figures) taken from
/// the pages as they were hand-built, so rendering them another way changes nothing an analyst reads. See <see cref="PageSnapshot"/>.
/// </summary>
public sealed class EstimatePageSnapshotTests(TrainedYearFixture fixture) : IClassFixture<TrainedYearFixture>, IDisposable
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
    public async Task RenderInline_DesignedSurveyTwoDefinitions_MatchesTheSnapshot()
    {
        var outcomes = fixture.DesignedOutcomes(withControl: true);
        ShareEstimate[] estimates = [fixture.Estimate(ShareDefinition.Market, outcomes), fixture.Estimate(ShareDefinition.Buyer, outcomes)];

        var html = await Reports.Create().RenderInlineAsync(estimates, null);

        PageSnapshot.AssertMatches(html, "estimate-page");
    }

    [Fact]
    public async Task RenderInline_NoEstimate_MatchesTheSnapshot()
    {
        var html = await Reports.Create().RenderInlineAsync([], null);

        PageSnapshot.AssertMatches(html, "estimate-page-empty");
    }

    [Fact]
    public async Task WriteAsync_SelfReportOnly_MatchesTheSnapshotWithPngCharts()
    {
        ShareEstimate[] estimates = [fixture.Estimate(ShareDefinition.Market)];

        var path = await Reports.Create().WriteAsync(_directory, estimates, snapshots: null, CancellationToken.None);

        PageSnapshot.AssertMatches(await File.ReadAllTextAsync(path), "estimate-report");
    }
}
