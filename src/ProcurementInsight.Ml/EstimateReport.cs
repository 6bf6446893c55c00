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
            .card.met { border-color: #1b7f3b; background: #eef8f1; } .card.notmet { border-color: #b03a2e; background: #fbefed; }
            .card.open { border-color: #b7791f; background: #fdf6e7; } .card.unknown { border-style: dashed; }
            .verdict { font-weight: 600; margin-top: .3rem; }
            .caveats { border: 2px solid #b7791f; background: #fdf6e7; border-radius: .5rem; padding: .6rem 1rem; margin: 1rem 0; }
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

        // What an analyst must know first: where the labels come from and what is missing, before any number.
        var caveats = estimates.SelectMany(e => e.Caveats).Distinct(StringComparer.Ordinal).ToList();
        if (caveats.Count > 0)
        {
            b.Append("<div class=\"caveats\" role=\"note\"><strong>Read this first</strong><ul>");
            foreach (var caveat in caveats)
            {
                b.Append(CultureInfo.InvariantCulture, $"<li>{Encode(caveat)}</li>");
            }

            b.Append("</ul></div>");
        }

        b.Append("<div class=\"cards\">");
        foreach (var e in estimates)
        {
            // Only the definition the target is measured in is coloured against it, and by its interval, not its point.
            var isTarget = e.Definition == ShareDefinitions.Name(ShareDefinitions.TargetDefinition);
            var (css, verdict) = !isTarget ? ("", "")
                : !e.CountShare.HasInterval ? ("unknown", "No interval: whether the 10 % target is met is not known.")
                : e.CountShare.CiLow >= e.Target ? ("met", "The whole interval is at or above the 10 % target.")
                : e.CountShare.CiHigh < e.Target ? ("notmet", "The whole interval is below the 10 % target.")
                : ("open", "The interval includes 10 %: the target may or may not be met.");
            b.Append(CultureInfo.InvariantCulture, $"""
                <div class="card {css}"><div class="muted">{Encode(Capitalise(EstimateCharts.Title(e.Definition)))}{(isTarget ? " — the definition of the 10 % target" : "")}</div>
                <div class="big">{Share(e.CountShare.Estimate)}</div>
                <div>of procurements, {IntervalText(e.CountShare)}</div>
                <div>{Share(e.EuroShare.Estimate)} of euros, {IntervalText(e.EuroShare)}</div>
                <div class="muted">{Encode(HeadlineName(e.Headline))}</div>
                {(isTarget ? $"<div class=\"verdict\">{Encode(verdict)}</div>" : "")}
                <p class="muted">{Encode(e.DefinitionText)}</p></div>
                """);
        }

        b.Append("</div>");
        b.Append(CultureInfo.InvariantCulture, $"<p>{Encode(estimates[0].IntervalMeaning)}</p>");

        b.Append("<h2>Two estimates that check each other</h2><p>The design-based estimate uses the survey answers alone, weighted as the survey drew them (every flagged procurement, and a random control sample of the others). The model-based estimate scores every procurement with the classifier and corrects the count with the answers. ")
            .Append(Encode(estimates[0].HeadlineReason)).Append("</p><table><tr><th>Definition</th><th>Design-based count</th><th>Design-based euros</th><th>Model-based count</th><th>Model-based euros</th><th>Self-reported in HILMA (count / euros)</th></tr>");
        foreach (var e in estimates)
        {
            var design = e.DesignBased;
            var model = e.ModelBased;
            string DesignCell(ShareInterval? share) => share is null ? Encode(design?.Problem ?? "not available") : Interval(share);
            string ModelCell(ShareInterval? share) => share is null ? "not available" : model!.LabelSource == "survey" ? Interval(share) : "no survey labels"; // share is not null only with a model.
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(EstimateCharts.Title(e.Definition))}</td><td>{DesignCell(design?.CountShare)}</td><td>{DesignCell(design?.EuroShare)}</td><td>{ModelCell(model?.CountShare)}</td><td>{ModelCell(model?.EuroShare)}</td><td>{(e.SelfReported is { } sr ? $"{Share(sr.Count)} / {Share(sr.Euros)}" : "–")}</td></tr>");
        }

        b.Append("</table>");
        if (estimates[0].Design is { } d)
        {
            b.Append(CultureInfo.InvariantCulture, $"""
                <h2>The survey behind the estimate</h2>
                <table><tr><th>Phase</th><th>Invited</th><th>Answered</th><th>Response rate</th></tr>
                <tr><td>Flagged by the buyer (surveyed in full)</td><td>{d.FlaggedInvited}</td><td>{d.FlaggedAnswered}</td><td>{Share(d.FlaggedResponseRate)}</td></tr>
                <tr><td>Control sample of unflagged procurements</td><td>{d.ControlInvited}</td><td>{d.ControlAnswered}</td><td>{Share(d.ControlResponseRate)}</td></tr>
                </table>
                <p class="muted">{d.NoContact} procurements could not be invited (no usable e-mail). Effective sample size of the weighted answers: {d.EffectiveSampleSize:0}.</p>
                """);
        }

        foreach (var (name, caption, plot) in Charts(estimates, snapshots))
        {
            b.Append(CultureInfo.InvariantCulture, $"<figure>{chart(name, plot)}<figcaption>{Encode(caption)}</figcaption></figure>");
        }

        b.Append("<h2>Three ways to read the classifier</h2><p>Classify and count (CC) is shown beside the corrected methods: it is biased whenever the classifier errs. The model-based estimate uses ")
            .Append(Encode(estimates[0].Method.ToUpperInvariant())).Append(".</p><table><tr><th>Definition</th><th>CC count</th><th>ACC count</th><th>PACC count</th><th>CC euros</th><th>ACC euros</th><th>PACC euros</th></tr>");
        foreach (var e in estimates)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(EstimateCharts.Title(e.Definition))}</td><td>{Interval(e.ByCount.Cc)}</td><td>{Interval(e.ByCount.Acc)}</td><td>{Interval(e.ByCount.Pacc)}</td><td>{Interval(e.ByEuros.Cc)}</td><td>{Interval(e.ByEuros.Acc)}</td><td>{Interval(e.ByEuros.Pacc)}</td></tr>");
        }

        b.Append("</table>");
        foreach (var e in estimates)
        {
            b.Append(CultureInfo.InvariantCulture, $"<h2>Breakdowns — {Encode(EstimateCharts.Title(e.Definition))} ({Encode(HeadlineName(e.Headline))})</h2>");
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
            Survey answers: {first.Labels.SurveyAnswers} of {first.Labels.Surveyed} surveyed procurements; self-reported labels: {first.Labels.WeakLabels}; the classifier's correction rates come from: {Encode(first.Labels.CalibrationSource)}.
            Share of bootstrap replicates at or above 10 % (where the interval lies, not a probability): {(double.IsNaN(first.ReplicatesAtOrAboveTarget) ? "–" : first.ReplicatesAtOrAboveTarget.ToString("0.00", CultureInfo.InvariantCulture))}.
            Classifier version {Encode(first.ModelVersion)}, computed {first.ComputedAt:yyyy-MM-dd HH:mm} UTC.</p>
            </body></html>
            """);
        return b.ToString();
    }

    private static string HeadlineName(string headline) => headline switch
    {
        "design-based" => "Design-based estimate: survey answers weighted as the survey was drawn",
        "self-report" => "Self-reported share only: no survey answers yet",
        _ => "Model-based estimate: the classifier's corrected count",
    };

    private static string IntervalText(ShareInterval s) => s.HasInterval
        ? $"95 % interval {Pct(s.CiLow!.Value)} – {Pct(s.CiHigh!.Value)}" // HasInterval: both ends are there.
        : "no interval" + (s.Note is { } note ? " (" + Encode(note) + ")" : string.Empty);

    private static string Share(double value) => double.IsNaN(value) ? "–" : Pct(value);

    private static void Breakdown(StringBuilder b, string title, IReadOnlyList<GroupShare> groups)
    {
        b.Append(CultureInfo.InvariantCulture, $"<table><tr><th>{Encode(title)}</th><th>Procurements</th><th>Survey answers</th><th>Share by count (95 % CI)</th><th>Share by euros (95 % CI)</th></tr>");
        foreach (var g in groups)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(g.Group)}</td><td>{g.Procurements}</td><td>{g.Answers}</td><td>{Interval(g.CountShare)}</td><td>{Interval(g.EuroShare)}</td></tr>");
        }

        b.Append("</table>");
    }

    private static string Interval(ShareInterval s) => double.IsNaN(s.Estimate) ? Encode(s.Note ?? "–")
        : s.HasInterval ? $"{Pct(s.Estimate)} ({Pct(s.CiLow!.Value)} – {Pct(s.CiHigh!.Value)})" // HasInterval: both ends are there.
        : $"{Pct(s.Estimate)} (no interval)";

    private static string Pct(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
