namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// How the classifier behaves on each true class, measured on cross-validated (out-of-fold) predictions of
/// labelled procurements: what ACC and PACC correct with. <see cref="Euros"/> holds the same rates with each
/// procurement weighted by its euros, which is what a share of euros must be corrected with.
/// </summary>
/// <param name="TruePositiveRate">Share of innovative procurements called innovative.</param>
/// <param name="FalsePositiveRate">Share of other procurements called innovative.</param>
/// <param name="MeanProbabilityPositive">Mean probability given to innovative procurements.</param>
/// <param name="MeanProbabilityNegative">Mean probability given to the others.</param>
public sealed record ClassifierRates(double TruePositiveRate, double FalsePositiveRate, double MeanProbabilityPositive, double MeanProbabilityNegative)
{
    /// <summary>The probability at or above which a procurement is called innovative.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>False when the labelled sample lacks one of the two classes: then no correction can be computed.</summary>
    public bool HasBothClasses { get; init; } = true;

    /// <summary>The weight of the innovative labels behind the rates (their effective number).</summary>
    public double PositiveWeight { get; init; }

    /// <summary>The weight of the other labels behind the rates.</summary>
    public double NegativeWeight { get; init; }

    /// <summary>The same rates with each procurement weighted by its euros; null when the sample has no euros.</summary>
    public ClassifierRates? Euros { get; init; }

    /// <summary>The rates of a weighted sample, calling <c>p ≥ threshold</c> innovative.</summary>
    public static ClassifierRates From(CalibrationSample sample, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return From(sample, threshold, null, null);
    }

    /// <summary>
    /// The threshold that separates the classes best on the weighted sample: the one that maximises
    /// TPR − FPR (Youden's J; Forman's "Max" threshold for adjusted counting), searched over the sample's own
    /// probabilities. 0.5 when the sample lacks a class.
    /// </summary>
    public static double ChooseThreshold(CalibrationSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        double pos = 0, neg = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            if (sample.Y[i])
            {
                pos += sample.W[i];
            }
            else
            {
                neg += sample.W[i];
            }
        }

        if (pos <= 0 || neg <= 0)
        {
            return 0.5;
        }

        var order = Enumerable.Range(0, sample.Count).OrderByDescending(i => sample.P[i]).ToArray();
        double tp = 0, fp = 0, best = double.NegativeInfinity, threshold = 0.5;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            if (sample.Y[i])
            {
                tp += sample.W[i];
            }
            else
            {
                fp += sample.W[i];
            }

            // Only between distinct probabilities: a threshold cannot split a tie.
            if (k + 1 < order.Length && sample.P[order[k + 1]] == sample.P[i])
            {
                continue;
            }

            var j = (tp / pos) - (fp / neg);
            if (j > best)
            {
                best = j;
                threshold = sample.P[i];
            }
        }

        return threshold;
    }

    /// <summary>Blends group rates toward these (the year's) rates: a group with little labelled weight keeps mostly the year's.</summary>
    /// <param name="group">The group's own rates.</param>
    /// <param name="pseudoCount">The labelled weight per class at which the group's own rates count as much as the year's.</param>
    public ClassifierRates Shrink(ClassifierRates group, double pseudoCount)
    {
        ArgumentNullException.ThrowIfNull(group);
        static double Blend(double own, double ownWeight, double prior, double k) => ((own * ownWeight) + (prior * k)) / (ownWeight + k);
        var wp = group.PositiveWeight;
        var wn = group.NegativeWeight;
        return new ClassifierRates(
            Blend(group.TruePositiveRate, wp, TruePositiveRate, pseudoCount),
            Blend(group.FalsePositiveRate, wn, FalsePositiveRate, pseudoCount),
            Blend(group.MeanProbabilityPositive, wp, MeanProbabilityPositive, pseudoCount),
            Blend(group.MeanProbabilityNegative, wn, MeanProbabilityNegative, pseudoCount))
        {
            Threshold = Threshold,
            HasBothClasses = HasBothClasses,
            PositiveWeight = wp + pseudoCount,
            NegativeWeight = wn + pseudoCount,
            Euros = Euros is null || group.Euros is null ? Euros : Euros.Shrink(group.Euros, pseudoCount),
        };
    }

    /// <summary>The rates over the rows of <paramref name="sample"/>, each counted <paramref name="counts"/> times (null: once) and only where <paramref name="mask"/> holds (null: all).</summary>
    internal static ClassifierRates From(CalibrationSample sample, double threshold, byte[]? counts, bool[]? mask)
    {
        var rates = Sums(sample, threshold, counts, mask, euros: false);
        return sample.V is null ? rates : rates with { Euros = Sums(sample, threshold, counts, mask, euros: true) };
    }

    private static ClassifierRates Sums(CalibrationSample sample, double threshold, byte[]? counts, bool[]? mask, bool euros)
    {
        double pos = 0, neg = 0, tp = 0, fp = 0, pPos = 0, pNeg = 0, nPos = 0, nNeg = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            if (mask is not null && !mask[i])
            {
                continue;
            }

            var times = counts is null ? 1 : counts[i];
            if (times == 0)
            {
                continue;
            }

            var p = sample.P[i];
            var w = sample.W[i] * times * (euros ? sample.V![i] : 1);
            var called = p >= threshold ? w : 0;
            if (sample.Y[i])
            {
                pos += w;
                tp += called;
                pPos += p * w;
                nPos += sample.W[i] * times;
            }
            else
            {
                neg += w;
                fp += called;
                pNeg += p * w;
                nNeg += sample.W[i] * times;
            }
        }

        return new ClassifierRates(
            pos > 0 ? tp / pos : 0,
            neg > 0 ? fp / neg : 0,
            pos > 0 ? pPos / pos : 0,
            neg > 0 ? pNeg / neg : 0)
        {
            Threshold = threshold,
            HasBothClasses = pos > 0 && neg > 0,
            PositiveWeight = nPos,
            NegativeWeight = nNeg,
        };
    }
}
