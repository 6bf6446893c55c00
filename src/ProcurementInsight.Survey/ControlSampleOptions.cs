namespace ProcurementInsight.Survey;

/// <summary>The probability control sample of unflagged procedures (section <c>Survey:ControlSample</c>).</summary>
public sealed class ControlSampleOptions
{
    /// <summary>The configuration section, <c>Survey:ControlSample</c>.</summary>
    public const string SectionName = "Survey:ControlSample";

    /// <summary>Unflagged procedures to survey in a year, before the per-address cap; 1500 by default; 0 turns the control sample off.</summary>
    public int AnnualSize { get; set; } = 1500;

    /// <summary>The expected innovative share of unflagged procedures, the prior that sizes each stratum's variance; 0.05 by default.</summary>
    public double PriorShare { get; set; } = 0.05;

    /// <summary>The lowest rate of any stratum, so every unflagged procedure can be drawn; 0.02 by default.</summary>
    public double MinimumRate { get; set; } = 0.02;
}
