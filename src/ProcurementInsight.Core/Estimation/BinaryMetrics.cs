namespace ProcurementInsight.Core.Estimation;

/// <summary>How well probabilities separate and predict labels, on held-out data.</summary>
/// <param name="Count">Number of labelled items.</param>
/// <param name="Positives">Number of positive labels.</param>
/// <param name="RocAuc">Area under the ROC curve (weighted Mann–Whitney; ties count half).</param>
/// <param name="Precision">Weighted precision at the threshold.</param>
/// <param name="Recall">Weighted recall at the threshold.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Brier">Weighted mean squared error of the probabilities (lower is better).</param>
public sealed record BinaryMetrics(int Count, int Positives, double RocAuc, double Precision, double Recall, double F1, double Brier)
{
    /// <summary>Computes the metrics, calling <c>p ≥ threshold</c> positive.</summary>
    public static BinaryMetrics Compute(CalibrationSample sample, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sample);
        double tp = 0, fp = 0, fn = 0, brier = 0, total = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var p = sample.P[i];
            var w = sample.W[i];
            var y = sample.Y[i];
            total += w;
            brier += w * (p - (y ? 1 : 0)) * (p - (y ? 1 : 0));
            if (p >= threshold)
            {
                if (y)
                {
                    tp += w;
                }
                else
                {
                    fp += w;
                }
            }
            else if (y)
            {
                fn += w;
            }
        }

        var precision = tp + fp > 0 ? tp / (tp + fp) : 0;
        var recall = tp + fn > 0 ? tp / (tp + fn) : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new BinaryMetrics(sample.Count, sample.Positives, Auc(sample), precision, recall, f1, total > 0 ? brier / total : 0);
    }

    private static double Auc(CalibrationSample sample)
    {
        var order = Enumerable.Range(0, sample.Count).OrderBy(i => sample.P[i]).ToArray();
        double negativesBelow = 0, area = 0, positives = 0, negatives = 0;
        var k = 0;
        while (k < order.Length)
        {
            // Items with the same probability form a tie block: a positive in it beats half the block's negatives.
            var end = k;
            double blockPositives = 0, blockNegatives = 0;
            while (end < order.Length && sample.P[order[end]] == sample.P[order[k]])
            {
                var i = order[end];
                if (sample.Y[i])
                {
                    blockPositives += sample.W[i];
                }
                else
                {
                    blockNegatives += sample.W[i];
                }

                end++;
            }

            area += blockPositives * (negativesBelow + (blockNegatives / 2));
            negativesBelow += blockNegatives;
            positives += blockPositives;
            negatives += blockNegatives;
            k = end;
        }

        return positives > 0 && negatives > 0 ? area / (positives * negatives) : 0.5;
    }
}
