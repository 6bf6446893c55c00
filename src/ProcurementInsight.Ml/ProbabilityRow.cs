namespace ProcurementInsight.Ml;

/// <summary>The calibrated probability ML.NET writes for each row.</summary>
internal sealed class ProbabilityRow
{
    public float Probability { get; set; }
}
