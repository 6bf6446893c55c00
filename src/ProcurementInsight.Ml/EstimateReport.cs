using System.Text;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Web;
using ProcurementInsight.Web.Estimate;
using ScottPlot;

namespace ProcurementInsight.Ml;

/// <summary>
/// The analysts' HTML report of a year's estimates (<see cref="EstimatePage"/>): headline shares against the 10 % target, charts, the
/// three methods side by side, breakdowns and the method in plain words. The same page is served by the function app (charts
/// inline as SVG) and written by <c>procurement-insight report</c> (charts as PNG and SVG files beside it).
/// </summary>
public sealed class EstimateReport(PageRenderer renderer)
{
    /// <summary>The charts of a report, each with a file-friendly name.</summary>
    public static IReadOnlyList<(string Name, string Caption, Plot Plot)> Charts(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var charts = new List<(string, string, Plot)>
        {
            ("share-over-time", "Share by count over time with the 95 % interval band, against the 10 % target.", EstimateCharts.OverTime(estimates, snapshots)),
        };
        foreach (var e in estimates)
        {
            charts.Add(($"by-sector-{e.Definition}", $"Share by sector ({EstimateCharts.Title(e.Definition)}), with 95 % intervals.", EstimateCharts.ByGroup(e, e.Breakdowns.Sector, "By sector")));
            charts.Add(($"by-cpv-{e.Definition}", $"Share by CPV division ({EstimateCharts.Title(e.Definition)}), the 15 largest divisions, with 95 % intervals.", EstimateCharts.ByGroup(e, EstimateCharts.LargestDivisions(e), "By CPV division")));
        }

        return charts;
    }

    /// <summary>Writes <c>index.html</c> with every chart as PNG and SVG beside it; returns the HTML file's path.</summary>
    public async Task<string> WriteAsync(string directory, IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var html = await RenderAsync(estimates, snapshots, (name, caption, plot) =>
        {
            plot.SavePng(Path.Combine(directory, name + ".png"), EstimateCharts.Width, EstimateCharts.Height);
            plot.SaveSvg(Path.Combine(directory, name + ".svg"), EstimateCharts.Width, EstimateCharts.Height);
            return new ChartView(name, caption, null, EstimateCharts.Width, EstimateCharts.Height);
        });
        var path = Path.Combine(directory, "index.html");
        await File.WriteAllTextAsync(path, html, Encoding.UTF8, cancellationToken);
        return path;
    }

    /// <summary>The page with every chart inline as SVG.</summary>
    public Task<string> RenderInlineAsync(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots) =>
        RenderAsync(estimates, snapshots, (name, caption, plot) => new ChartView(name, caption, plot.GetSvgXml(EstimateCharts.Width, EstimateCharts.Height), EstimateCharts.Width, EstimateCharts.Height));

    private Task<string> RenderAsync(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots, Func<string, string, Plot, ChartView> chart)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var charts = estimates.Count == 0 ? [] : Charts(estimates, snapshots).Select(c => chart(c.Name, c.Caption, c.Plot)).ToList();
        return renderer.RenderAsync<EstimatePage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(EstimatePage.Year)] = estimates.Count > 0 ? estimates[0].Year : 0,
            [nameof(EstimatePage.Estimates)] = estimates,
            [nameof(EstimatePage.Charts)] = charts,
            [nameof(EstimatePage.DefinitionTitle)] = (Func<string, string>)EstimateCharts.Title,
        });
    }
}
