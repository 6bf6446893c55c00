namespace ProcurementInsight.Web.Estimate;

/// <summary>A chart of the estimate page: inline SVG drawn by ScottPlot, or a PNG file beside the written report.</summary>
/// <param name="FileName">The chart's file name without extension (<c>share-over-time</c>); the report's <c>img</c> points at <c>{FileName}.png</c>.</param>
/// <param name="Caption">What the chart shows.</param>
/// <param name="Svg">The chart as SVG markup from ScottPlot (never user input), or null for the PNG file.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ChartView(string FileName, string Caption, string? Svg, int Width, int Height);
