namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Labelled procurements with their out-of-fold classifier probabilities and their weights (non-response
/// weights for survey labels): the sample the correction rates come from.
/// </summary>
public sealed class CalibrationSample
{
    /// <summary>Creates a sample; the three lists are parallel.</summary>
    public CalibrationSample(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        if (labels.Count != probabilities.Count || weights.Count != probabilities.Count)
        {
            throw new ArgumentException("Probabilities, labels and weights must have the same length.", nameof(labels));
        }

        P = [.. probabilities];
        Y = [.. labels];
        W = [.. weights];
    }

    /// <summary>Out-of-fold probabilities.</summary>
    public IReadOnlyList<double> Probabilities => P;

    /// <summary>The labels.</summary>
    public IReadOnlyList<bool> Labels => Y;

    /// <summary>The weights (1 when unweighted).</summary>
    public IReadOnlyList<double> Weights => W;

    /// <summary>Number of labelled procurements.</summary>
    public int Count => P.Length;

    /// <summary>Number of positive labels.</summary>
    public int Positives => Y.Count(l => l);

    internal double[] P { get; }

    internal bool[] Y { get; }

    internal double[] W { get; }
}
