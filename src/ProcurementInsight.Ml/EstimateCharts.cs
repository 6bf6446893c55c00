using System.Globalization;
using ProcurementInsight.Core.Estimation;
using ScottPlot;

namespace ProcurementInsight.Ml;

/// <summary>The report's charts (ScottPlot): the share over time with its interval band against the 10 % line, by sector and by CPV division.</summary>
public static class EstimateCharts
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 900;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 420;

    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen];

    /// <summary>
    /// The share by count over time, one line with its 95 % band per definition: quarter by quarter within the
    /// year, or the published daily snapshots when there are at least two of them.
    /// </summary>
    public static Plot OverTime(IReadOnlyList<ShareEstimate> estimates, IReadOnlyDictionary<string, IReadOnlyList<EstimateSnapshot>>? snapshots = null)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var plot = new Plot();
        var useSnapshots = snapshots is not null && snapshots.Values.Any(s => s.Count >= 2);
        string[] labels = [];
        for (var d = 0; d < estimates.Count; d++)
        {
            var estimate = estimates[d];
            IReadOnlyList<(string Label, ShareInterval Share)> points = useSnapshots
                ? [.. snapshots!.GetValueOrDefault(estimate.Definition, []).Select(s => (s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Estimate.CountShare))] // useSnapshots implies snapshots is not null
                : [.. estimate.Breakdowns.Quarter.Select(q => (q.Group, q.CountShare))];
            var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
            var color = Palette[d % Palette.Length];
            var band = plot.Add.FillY(xs, [.. points.Select(p => (p.Share.CiLow ?? p.Share.Estimate) * 100)], [.. points.Select(p => (p.Share.CiHigh ?? p.Share.Estimate) * 100)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, [.. points.Select(p => p.Share.Estimate * 100)]);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = Title(estimate.Definition);
            if (points.Count > labels.Length)
            {
                labels = [.. points.Select(p => p.Label)];
            }
        }

        var target = plot.Add.HorizontalLine(ShareEstimatorOptions.GovernmentTarget * 100);
        target.Color = Colors.FireBrick;
        target.LinePattern = LinePattern.Dashed;
        target.LegendText = "10 % target";
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Length).Select(i => (double)i)], labels);
        plot.Axes.SetLimitsX(-0.5, Math.Max(0.5, labels.Length - 0.5));
        plot.Axes.SetLimitsY(0, Math.Max(15, estimates.Count == 0 ? 15 : (estimates.Max(e => e.Breakdowns.Quarter.Select(q => q.CountShare.CiHigh ?? q.CountShare.Estimate).Where(x => !double.IsNaN(x)).DefaultIfEmpty(0).Max()) * 110)));
        plot.Title(useSnapshots ? "Innovative share by count, as published day by day" : "Innovative share by count, quarter by quarter");
        plot.YLabel("share of procurements (%)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The share by count per group (sector or CPV division) of one estimate, bars with 95 % error bars.</summary>
    public static Plot ByGroup(ShareEstimate estimate, IReadOnlyList<GroupShare> groups, string title)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(groups);
        var plot = new Plot();
        var xs = Enumerable.Range(0, groups.Count).Select(i => (double)i).ToArray();
        var values = groups.Select(g => double.IsNaN(g.CountShare.Estimate) ? 0 : g.CountShare.Estimate * 100).ToArray();
        var bars = plot.Add.Bars(xs, values);
        bars.Color = Colors.SteelBlue;
        var errors = new ScottPlot.Plottables.ErrorBar(
            xs,
            values,
            null,
            null,
            [.. groups.Select(g => g.CountShare.HasInterval ? (g.CountShare.CiHigh!.Value - g.CountShare.Estimate) * 100 : 0)],
            [.. groups.Select(g => g.CountShare.HasInterval ? (g.CountShare.Estimate - g.CountShare.CiLow!.Value) * 100 : 0)]); // HasInterval means both ends are there.
        plot.Add.Plottable(errors);
        var target = plot.Add.HorizontalLine(ShareEstimatorOptions.GovernmentTarget * 100);
        target.Color = Colors.FireBrick;
        target.LinePattern = LinePattern.Dashed;
        target.LegendText = "10 % target";
        plot.Axes.Bottom.SetTicks(xs, [.. groups.Select(g => g.Group)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title + " — " + Title(estimate.Definition));
        plot.YLabel("share of procurements (%)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The CPV divisions with the most procurements, at most <paramref name="count"/>, in division order.</summary>
    public static IReadOnlyList<GroupShare> LargestDivisions(ShareEstimate estimate, int count = 15)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return [.. estimate.Breakdowns.CpvDivision.OrderByDescending(g => g.Procurements).Take(count).OrderBy(g => g.Group, StringComparer.Ordinal)];
    }

    /// <summary>The plain-words title of a definition name.</summary>
    public static string Title(string definition) => definition switch
    {
        "market" => "new to the market",
        "buyer" => "new to the buyer",
        "any" => "any innovation element",
        _ => definition,
    };
}
