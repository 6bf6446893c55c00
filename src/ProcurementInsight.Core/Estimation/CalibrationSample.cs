namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Labelled procurements with their out-of-fold classifier probabilities and their weights (design × non-response
/// weights for survey labels): the sample the correction rates come from. Optionally each procurement's euros
/// (for the euro-weighted rates) and its design class (so the bootstrap resamples within classes, as the survey
/// drew them).
/// </summary>
public sealed class CalibrationSample
{
    /// <summary>Creates a sample; the lists are parallel.</summary>
    public CalibrationSample(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, IReadOnlyList<double> weights, IReadOnlyList<double>? euros = null, IReadOnlyList<int>? strata = null)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        if (labels.Count != probabilities.Count || weights.Count != probabilities.Count
            || (euros is not null && euros.Count != probabilities.Count) || (strata is not null && strata.Count != probabilities.Count))
        {
            throw new ArgumentException("Probabilities, labels, weights, euros and strata must have the same length.", nameof(labels));
        }

        P = [.. probabilities];
        Y = [.. labels];
        W = [.. weights];
        V = euros is null ? null : [.. euros];
        S = strata is null ? null : [.. strata];
    }

    /// <summary>Out-of-fold probabilities.</summary>
    public IReadOnlyList<double> Probabilities => P;

    /// <summary>The labels.</summary>
    public IReadOnlyList<bool> Labels => Y;

    /// <summary>The weights (1 when unweighted).</summary>
    public IReadOnlyList<double> Weights => W;

    /// <summary>Each procurement's euros, or null when not known to the sample (then the euro share is corrected with the count rates, and says so).</summary>
    public IReadOnlyList<double>? Euros => V;

    /// <summary>Number of labelled procurements.</summary>
    public int Count => P.Length;

    /// <summary>Number of positive labels.</summary>
    public int Positives => Y.Count(l => l);

    internal double[] P { get; }

    internal bool[] Y { get; }

    internal double[] W { get; }

    internal double[]? V { get; }

    internal int[]? S { get; }
}
