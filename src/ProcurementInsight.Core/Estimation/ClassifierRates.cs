namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// How the classifier behaves on each true class, measured on cross-validated (out-of-fold) predictions of
/// labelled procurements: what ACC and PACC correct with.
/// </summary>
/// <param name="TruePositiveRate">Share of innovative procurements called innovative.</param>
/// <param name="FalsePositiveRate">Share of other procurements called innovative.</param>
/// <param name="MeanProbabilityPositive">Mean probability given to innovative procurements.</param>
/// <param name="MeanProbabilityNegative">Mean probability given to the others.</param>
public sealed record ClassifierRates(double TruePositiveRate, double FalsePositiveRate, double MeanProbabilityPositive, double MeanProbabilityNegative)
{
    /// <summary>The rates of a weighted sample, calling <c>p ≥ threshold</c> innovative.</summary>
    public static ClassifierRates From(CalibrationSample sample, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return From(sample, threshold, null);
    }

    internal static ClassifierRates From(CalibrationSample sample, double threshold, int[]? indices)
    {
        double pos = 0, neg = 0, tp = 0, fp = 0, pPos = 0, pNeg = 0;
        var n = indices?.Length ?? sample.Count;
        for (var k = 0; k < n; k++)
        {
            var i = indices is null ? k : indices[k];
            var p = sample.P[i];
            var w = sample.W[i];
            var called = p >= threshold ? w : 0;
            if (sample.Y[i])
            {
                pos += w;
                tp += called;
                pPos += p * w;
            }
            else
            {
                neg += w;
                fp += called;
                pNeg += p * w;
            }
        }

        return new ClassifierRates(
            pos > 0 ? tp / pos : 1,
            neg > 0 ? fp / neg : 0,
            pos > 0 ? pPos / pos : 1,
            neg > 0 ? pNeg / neg : 0);
    }
}
