namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Estimates the innovative share of a population of scored procurements by CC, ACC and PACC, with
/// percentile bootstrap 95 % intervals. Each replicate resamples both the labelled calibration sample (so
/// the uncertainty of the correction rates is carried) and the population. The calibration replicates are
/// drawn once, so every group (year, quarter, sector…) is corrected with the same replicate rates.
/// </summary>
public sealed class ShareEstimator
{
    private readonly ShareEstimatorOptions _options;
    private readonly ClassifierRates _rates;
    private readonly ClassifierRates[] _replicateRates;

    /// <summary>Prepares the estimator: the point rates and one set of rates per bootstrap replicate.</summary>
    public ShareEstimator(CalibrationSample calibration, ShareEstimatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicates, 10);
        _options = options;
        _rates = ClassifierRates.From(calibration, options.Threshold);
        _replicateRates = new ClassifierRates[options.Replicates];
        var random = new Random(options.Seed);
        var indices = new int[calibration.Count];
        for (var b = 0; b < options.Replicates; b++)
        {
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = random.Next(indices.Length);
            }

            _replicateRates[b] = ClassifierRates.From(calibration, options.Threshold, indices);
        }
    }

    /// <summary>The rates measured on the whole calibration sample.</summary>
    public ClassifierRates Rates => _rates;

    /// <summary>Estimates the share of a group. <paramref name="probabilities"/> and <paramref name="euros"/> are parallel.</summary>
    /// <param name="probabilities">Each procurement's probability of being innovative.</param>
    /// <param name="euros">Each procurement's value in euros (imputed where unknown).</param>
    /// <param name="seed">Seed of the population resampling; give each group its own so groups are reproducible on their own.</param>
    public QuantifiedShare Estimate(IReadOnlyList<double> probabilities, IReadOnlyList<double> euros, int seed)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(euros);
        if (probabilities.Count != euros.Count)
        {
            throw new ArgumentException("Probabilities and euros must have the same length.", nameof(euros));
        }

        var n = probabilities.Count;
        var p = probabilities as double[] ?? [.. probabilities];
        var v = euros as double[] ?? [.. euros];
        var point = Point(p, v, _rates);
        var replicates = _replicateRates.Length;
        var draws = new double[6][];
        for (var k = 0; k < draws.Length; k++)
        {
            draws[k] = new double[replicates];
        }

        // Population resampling is the hot loop (replicates × procurements × groups): a SplitMix64-seeded
        // xorshift generator and running sums instead of index arrays keep a year's 1,000 replicates well under a second.
        var state = SplitMix(unchecked((ulong)(uint)_options.Seed << 32 | (uint)seed));
        var met = 0;
        var methodIndex = (int)_options.Method;
        var called = new double[n];
        for (var i = 0; i < n; i++)
        {
            called[i] = p[i] >= _options.Threshold ? 1.0 : 0.0;
        }

        for (var b = 0; b < replicates; b++)
        {
            double sumCalled = 0, sumP = 0, sumV = 0, sumCalledV = 0, sumPV = 0;
            for (var k = 0; k < n; k++)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                var i = (int)(((state >> 32) * (ulong)n) >> 32);
                sumCalled += called[i];
                sumP += p[i];
                sumV += v[i];
                sumCalledV += called[i] * v[i];
                sumPV += p[i] * v[i];
            }

            var replicate = Shares(n, sumCalled, sumP, sumV, sumCalledV, sumPV, _replicateRates[b]);
            for (var k = 0; k < draws.Length; k++)
            {
                draws[k][b] = replicate[k];
            }

            if (replicate[methodIndex] >= _options.Target)
            {
                met++;
            }
        }

        ShareInterval Interval(int k)
        {
            Array.Sort(draws[k]);
            return new ShareInterval(point[k], Percentile(draws[k], 0.025), Percentile(draws[k], 0.975));
        }

        return new QuantifiedShare(
            n,
            new MethodShares(Interval(0), Interval(1), Interval(2)),
            new MethodShares(Interval(3), Interval(4), Interval(5)),
            n == 0 ? 0 : (double)met / replicates);
    }

    private double[] Point(double[] p, double[] v, ClassifierRates rates)
    {
        double called = 0, mean = 0, euros = 0, calledEuros = 0, meanEuros = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var isCalled = p[i] >= _options.Threshold ? 1.0 : 0.0;
            called += isCalled;
            mean += p[i];
            euros += v[i];
            calledEuros += isCalled * v[i];
            meanEuros += p[i] * v[i];
        }

        return Shares(p.Length, called, mean, euros, calledEuros, meanEuros, rates);
    }

    private static double[] Shares(int n, double called, double mean, double euros, double calledEuros, double meanEuros, ClassifierRates rates)
    {
        var cc = n == 0 ? 0 : called / n;
        var pcc = n == 0 ? 0 : mean / n;
        var ccEuros = euros > 0 ? calledEuros / euros : 0;
        var pccEuros = euros > 0 ? meanEuros / euros : 0;
        return
        [
            cc,
            Quantifier.Adjust(cc, rates.TruePositiveRate, rates.FalsePositiveRate),
            Quantifier.AdjustProbabilistic(pcc, rates.MeanProbabilityPositive, rates.MeanProbabilityNegative),
            ccEuros,
            Quantifier.Adjust(ccEuros, rates.TruePositiveRate, rates.FalsePositiveRate),
            Quantifier.AdjustProbabilistic(pccEuros, rates.MeanProbabilityPositive, rates.MeanProbabilityNegative),
        ];
    }

    private static ulong SplitMix(ulong z)
    {
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return z == 0 ? 0x9E3779B97F4A7C15UL : z;
    }

    private static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
