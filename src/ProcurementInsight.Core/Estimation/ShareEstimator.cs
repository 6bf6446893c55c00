using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Estimates the innovative share of a population of scored procurements by CC, ACC and PACC, with percentile
/// bootstrap 95 % intervals. Each replicate resamples the labelled calibration sample within its design classes
/// (so the uncertainty of the correction rates is carried as the survey drew it) and the population. The euro
/// share is corrected with euro-weighted rates. A group (quarter, sector, …) is corrected with its own labelled
/// procurements' rates, shrunk toward the year's. Every fallback is stated in the interval's note, and a
/// fallback or clipped correction never keeps a narrow interval.
/// </summary>
public sealed class ShareEstimator
{
    /// <summary>Below this gap between the classes' rates the correction divides by almost nothing.</summary>
    public const double MinimumSeparation = Quantifier.MinimumSeparation;

    /// <summary>The labelled weight per class at which a group's own rates count as much as the year's.</summary>
    public const double GroupPseudoCount = 30;

    private readonly ShareEstimatorOptions _options;
    private readonly CalibrationSample _calibration;
    private readonly ClassifierRates _rates;
    private readonly ClassifierRates[] _replicateRates;
    private readonly byte[][] _replicateCounts;

    /// <summary>Prepares the estimator: the threshold (chosen from the data unless set), the point rates and one set of rates per bootstrap replicate.</summary>
    public ShareEstimator(CalibrationSample calibration, ShareEstimatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicates, 10);
        _options = options;
        _calibration = calibration;
        var threshold = options.Threshold ?? ClassifierRates.ChooseThreshold(calibration);
        _rates = ClassifierRates.From(calibration, threshold, null, null);
        _replicateRates = new ClassifierRates[options.Replicates];
        _replicateCounts = new byte[options.Replicates][];
        var random = new Random(options.Seed);
        var strata = (calibration.S ?? new int[calibration.Count]).Select((s, i) => (s, i)).GroupBy(x => x.s).Select(g => g.Select(x => x.i).ToArray()).ToArray();
        for (var b = 0; b < options.Replicates; b++)
        {
            var counts = new byte[calibration.Count];
            foreach (var members in strata)
            {
                // n − 1 draws in each stratum with n ≥ 2 (the rescaled bootstrap's unbiased variance), n draws otherwise.
                var draws = members.Length >= 2 && calibration.S is not null ? members.Length - 1 : members.Length;
                for (var k = 0; k < draws; k++)
                {
                    var i = members[random.Next(members.Length)];
                    if (counts[i] < byte.MaxValue)
                    {
                        counts[i]++;
                    }
                }
            }

            _replicateCounts[b] = counts;
            _replicateRates[b] = ClassifierRates.From(calibration, threshold, counts, null);
        }
    }

    /// <summary>The rates measured on the whole calibration sample.</summary>
    public ClassifierRates Rates => _rates;

    /// <summary>Estimates the share of the whole population. <paramref name="probabilities"/> and <paramref name="euros"/> are parallel.</summary>
    /// <param name="probabilities">Each procurement's probability of being innovative.</param>
    /// <param name="euros">Each procurement's value in euros (imputed where unknown).</param>
    /// <param name="seed">Seed of the population resampling; give each group its own so groups are reproducible on their own.</param>
    public QuantifiedShare Estimate(IReadOnlyList<double> probabilities, IReadOnlyList<double> euros, int seed) =>
        Estimate(probabilities, euros, seed, null);

    /// <summary>
    /// Estimates the share of a group, corrected with the rates of the calibration rows in
    /// <paramref name="calibrationInGroup"/> shrunk toward the year's (null: the year's rates themselves).
    /// </summary>
    public QuantifiedShare Estimate(IReadOnlyList<double> probabilities, IReadOnlyList<double> euros, int seed, bool[]? calibrationInGroup)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(euros);
        if (probabilities.Count != euros.Count)
        {
            throw new ArgumentException("Probabilities and euros must have the same length.", nameof(euros));
        }

        if (calibrationInGroup is not null && calibrationInGroup.Length != _calibration.Count)
        {
            throw new ArgumentException("The group mask must cover the calibration sample.", nameof(calibrationInGroup));
        }

        var n = probabilities.Count;
        var p = probabilities as double[] ?? [.. probabilities];
        var v = euros as double[] ?? [.. euros];
        var rates = RatesFor(_rates, null, calibrationInGroup);
        var threshold = _rates.Threshold;
        var point = Point(p, v, rates, threshold);
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
            called[i] = p[i] >= threshold ? 1.0 : 0.0;
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

            var replicateRates = RatesFor(_replicateRates[b], _replicateCounts[b], calibrationInGroup);
            var replicate = Shares(n, sumCalled, sumP, sumV, sumCalledV, sumPV, replicateRates);
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
            var clipped = Math.Clamp(point[k], 0, 1);
            if (Fallback(rates, k) is { } fallback)
            {
                return ShareInterval.WithoutInterval(clipped, fallback);
            }

            Array.Sort(draws[k]);
            var low = Math.Clamp(DesignBasedEstimator.Percentile(draws[k], 0.025), 0, 1);
            var high = Math.Clamp(DesignBasedEstimator.Percentile(draws[k], 0.975), 0, 1);
            if (high - low < 1e-9 && k is not (0 or 3))
            {
                return ShareInterval.WithoutInterval(clipped, string.Create(CultureInfo.InvariantCulture,
                    $"The correction is clipped at {clipped:0 %} in every bootstrap replicate: the classifier's rates do not fit this group, so there is no interval."));
            }

            var note = point[k] < 0 || point[k] > 1
                ? string.Create(CultureInfo.InvariantCulture, $"The corrected share fell outside 0–100 % ({point[k]:0.0 %}) and is clipped.")
                : k >= 4 && rates.Euros is null ? "The model has no euro-weighted rates (trained before they existed): the euro share is corrected with count rates." : null;
            return new ShareInterval(clipped, Math.Min(low, clipped), Math.Max(high, clipped)) { Note = note };
        }

        return new QuantifiedShare(
            n,
            new MethodShares(Interval(0), Interval(1), Interval(2)),
            new MethodShares(Interval(3), Interval(4), Interval(5)),
            n == 0 ? 0 : (double)met / replicates);
    }

    /// <summary>Why method <paramref name="k"/> (0–2 count CC/ACC/PACC, 3–5 euros) cannot correct, or null when it can.</summary>
    private static string? Fallback(ClassifierRates rates, int k)
    {
        if (k is 0 or 3)
        {
            return null;
        }

        if (!rates.HasBothClasses)
        {
            var missing = rates.PositiveWeight <= 0 ? "no innovative procurement" : "no procurement that is not innovative";
            return $"The labelled sample has {missing}, so the classifier's error rates are unknown: the uncorrected share is shown, without an interval.";
        }

        var r = k >= 3 ? rates.Euros ?? rates : rates;
        var gap = k is 1 or 4 ? r.TruePositiveRate - r.FalsePositiveRate : r.MeanProbabilityPositive - r.MeanProbabilityNegative;
        return gap >= MinimumSeparation ? null : string.Create(CultureInfo.InvariantCulture,
            $"The classifier barely separates innovative from other procurements{(k >= 3 ? " by euros" : string.Empty)} ({gap:0.000} < {MinimumSeparation}): the uncorrected share is shown, without an interval.");
    }

    private ClassifierRates RatesFor(ClassifierRates year, byte[]? counts, bool[]? group)
    {
        if (group is null)
        {
            return year;
        }

        var own = ClassifierRates.From(_calibration, _rates.Threshold, counts, group);
        return year.Shrink(own, GroupPseudoCount);
    }

    private static double[] Point(double[] p, double[] v, ClassifierRates rates, double threshold)
    {
        double called = 0, mean = 0, euros = 0, calledEuros = 0, meanEuros = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var isCalled = p[i] >= threshold ? 1.0 : 0.0;
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
        var e = rates.Euros ?? rates;
        return
        [
            cc,
            Correct(cc, rates.TruePositiveRate, rates.FalsePositiveRate, rates.HasBothClasses),
            Correct(pcc, rates.MeanProbabilityPositive, rates.MeanProbabilityNegative, rates.HasBothClasses),
            ccEuros,
            Correct(ccEuros, e.TruePositiveRate, e.FalsePositiveRate, rates.HasBothClasses),
            Correct(pccEuros, e.MeanProbabilityPositive, e.MeanProbabilityNegative, rates.HasBothClasses),
        ];
    }

    /// <summary>The corrected share, unclipped (the caller clips the point and the interval's ends); the observed share when no correction is possible.</summary>
    private static double Correct(double observed, double positive, double negative, bool bothClasses)
    {
        var separation = positive - negative;
        return !bothClasses || separation < MinimumSeparation ? observed : (observed - negative) / separation;
    }

    private static ulong SplitMix(ulong z)
    {
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return z == 0 ? 0x9E3779B97F4A7C15UL : z;
    }
}
