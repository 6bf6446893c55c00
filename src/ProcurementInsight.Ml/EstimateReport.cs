using System.Globalization;
using System.Net;
using System.Text;
using ProcurementInsight.Core.Estimation;
using ScottPlot;

namespace ProcurementInsight.Ml;

/// <summary>
/// The analysts' HTML report of a year's estimates: headline shares against the 10 % target, charts, the
/// three methods side by side, breakdowns and the method in plain words. The same page is served by the
/// function app (charts inline as SVG) and written by <c>procurement-insight report</c> (charts as PNG and SVG files).
/// </summary>
public static class EstimateReport
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
    public static async Task<string> WriteAsync(string directory, IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var html = Render(estimates, snapshots, (name, plot) =>
        {
            plot.SavePng(Path.Combine(directory, name + ".png"), EstimateCharts.Width, EstimateCharts.Height);
            plot.SaveSvg(Path.Combine(directory, name + ".svg"), EstimateCharts.Width, EstimateCharts.Height);
            return $"<img src=\"{name}.png\" width=\"{EstimateCharts.Width}\" height=\"{EstimateCharts.Height}\" alt=\"\">";
        });
        var path = Path.Combine(directory, "index.html");
        await File.WriteAllTextAsync(path, html, Encoding.UTF8, cancellationToken);
        return path;
    }

    /// <summary>The page with every chart inline as SVG.</summary>
    public static string RenderInline(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots) =>
        Render(estimates, snapshots, (_, plot) => plot.GetSvgXml(EstimateCharts.Width, EstimateCharts.Height));

    private static string Render(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots, Func<string, Plot, string> chart)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var year = estimates.Count > 0 ? estimates[0].Year : 0;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Innovative procurement in {{year}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #1d2733; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccd; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; }
            .card { border: 1px solid #ccd; border-radius: .5rem; padding: .8rem 1rem; flex: 1 1 16rem; }
            .big { font-size: 2rem; font-weight: 600; } .muted { color: #5a6573; font-size: .9rem; }
            .met { color: #1b7f3b; } .notmet { color: #b03a2e; }
            table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
            th, td { padding: .25rem .6rem; border-bottom: 1px solid #e3e6ea; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            figure { margin: 1rem 0; } figcaption { color: #5a6573; font-size: .9rem; }
            svg, img { max-width: 100%; height: auto; }
            </style></head><body>
            <h1>Innovative procurement in {{year}}</h1>
            <p>The share of public procurements in Finland that were innovative, estimated from every procurement published in HILMA in {{year}}, against the government's target of 10 %. Each definition is estimated on its own; they are never mixed.</p>
            """);
        if (estimates.Count == 0)
        {
            b.Append("<p>No estimate is available yet.</p></body></html>");
            return b.ToString();
        }

        b.Append("<div class=\"cards\">");
        foreach (var e in estimates)
        {
            var met = e.CountShare.Estimate >= e.Target;
            b.Append(CultureInfo.InvariantCulture, $"""
                <div class="card"><div class="muted">{Encode(Capitalise(EstimateCharts.Title(e.Definition)))}</div>
                <div class="big {(met ? "met" : "notmet")}">{Pct(e.CountShare.Estimate)}</div>
                <div>of procurements, 95 % interval {Pct(e.CountShare.CiLow)} – {Pct(e.CountShare.CiHigh)}</div>
                <div>{Pct(e.EuroShare.Estimate)} of euros ({Pct(e.EuroShare.CiLow)} – {Pct(e.EuroShare.CiHigh)})</div>
                <div class="muted">Probability the 10 % target is met: {e.ProbabilityTargetMet:0.00}</div></div>
                """);
        }

        b.Append("</div>");
        foreach (var (name, caption, plot) in Charts(estimates, snapshots))
        {
            b.Append(CultureInfo.InvariantCulture, $"<figure>{chart(name, plot)}<figcaption>{Encode(caption)}</figcaption></figure>");
        }

        b.Append("<h2>Three ways to read the classifier</h2><p>Classify and count (CC) is shown beside the corrected methods: it is biased whenever the classifier errs. The headline uses ")
            .Append(Encode(estimates[0].Method.ToUpperInvariant())).Append(".</p><table><tr><th>Definition</th><th>CC count</th><th>ACC count</th><th>PACC count</th><th>CC euros</th><th>ACC euros</th><th>PACC euros</th></tr>");
        foreach (var e in estimates)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(EstimateCharts.Title(e.Definition))}</td><td>{Interval(e.ByCount.Cc)}</td><td>{Interval(e.ByCount.Acc)}</td><td>{Interval(e.ByCount.Pacc)}</td><td>{Interval(e.ByEuros.Cc)}</td><td>{Interval(e.ByEuros.Acc)}</td><td>{Interval(e.ByEuros.Pacc)}</td></tr>");
        }

        b.Append("</table>");
        foreach (var e in estimates)
        {
            b.Append(CultureInfo.InvariantCulture, $"<h2>Breakdowns — {Encode(EstimateCharts.Title(e.Definition))}</h2>");
            Breakdown(b, "Quarter", e.Breakdowns.Quarter);
            Breakdown(b, "Sector", e.Breakdowns.Sector);
            Breakdown(b, "CPV division", e.Breakdowns.CpvDivision);
            Breakdown(b, "Region (NUTS 3)", e.Breakdowns.Nuts3);
        }

        var first = estimates[0];
        b.Append(CultureInfo.InvariantCulture, $"""
            <h2>How this was estimated</h2>
            <p>{Encode(first.MethodDescription)}</p>
            <p>{first.Procurements} procurements; a value is known for {Pct(first.ValueCoverage)} of them and {Pct(first.ImputedEuroShare)} of the euros are imputed.
            Survey answers: {first.Labels.SurveyAnswers} of {first.Labels.Surveyed} surveyed procurements; self-reported labels: {first.Labels.WeakLabels}; correction rates from: {Encode(first.Labels.CalibrationSource)}.
            Classifier version {Encode(first.ModelVersion)}, computed {first.ComputedAt:yyyy-MM-dd HH:mm} UTC.</p>
            </body></html>
            """);
        return b.ToString();
    }

    private static void Breakdown(StringBuilder b, string title, IReadOnlyList<GroupShare> groups)
    {
        b.Append(CultureInfo.InvariantCulture, $"<table><tr><th>{Encode(title)}</th><th>Procurements</th><th>Share by count (95 % CI)</th><th>Share by euros (95 % CI)</th></tr>");
        foreach (var g in groups)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(g.Group)}</td><td>{g.Procurements}</td><td>{Interval(g.CountShare)}</td><td>{Interval(g.EuroShare)}</td></tr>");
        }

        b.Append("</table>");
    }

    private static string Interval(ShareInterval s) => $"{Pct(s.Estimate)} ({Pct(s.CiLow)} – {Pct(s.CiHigh)})";

    private static string Pct(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
