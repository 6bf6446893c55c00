using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class ShareEstimatorTests
{
    /// <summary>A population whose true share is <paramref name="share"/>, scored by a classifier with 80 % recall and 5 % false positives.</summary>
    private static (double[] Probabilities, double[] Euros, bool[] Truth) Population(int n, double share, int seed)
    {
        var random = new Random(seed);
        var p = new double[n];
        var euros = new double[n];
        var truth = new bool[n];
        for (var i = 0; i < n; i++)
        {
            truth[i] = random.NextDouble() < share;
            var called = truth[i] ? random.NextDouble() < 0.8 : random.NextDouble() < 0.05;
            p[i] = called ? 0.6 + (0.4 * random.NextDouble()) : 0.4 * random.NextDouble();
            euros[i] = truth[i] ? 200_000 : 100_000;
        }

        return (p, euros, truth);
    }

    private static CalibrationSample Calibration(int n, int seed)
    {
        var (p, _, truth) = Population(n, 0.3, seed);
        return new CalibrationSample(p, truth, [.. Enumerable.Repeat(1.0, n)]);
    }

    [Fact]
    public void Estimate_BiasedClassifier_AccCorrectsWhereCcOverstates()
    {
        var (p, euros, truth) = Population(20_000, 0.05, 1);
        var estimator = new ShareEstimator(Calibration(4000, 2), new ShareEstimatorOptions { Replicates = 200 });
        var trueShare = truth.Count(t => t) / (double)truth.Length;

        var share = estimator.Estimate(p, euros, seed: 3);

        Assert.InRange(share.Count.Cc.Estimate, trueShare + 0.03, trueShare + 0.05);
        Assert.InRange(share.Count.Acc.Estimate, trueShare - 0.01, trueShare + 0.01);
        Assert.True(share.Count.Acc.Covers(trueShare), $"ACC interval {share.Count.Acc} misses {trueShare}");
        Assert.False(share.Count.Cc.Covers(trueShare));
    }

    [Fact]
    public void Estimate_ValuableInnovations_EuroShareExceedsCountShare()
    {
        var (p, euros, _) = Population(10_000, 0.1, 4);
        var estimator = new ShareEstimator(Calibration(3000, 5), new ShareEstimatorOptions { Replicates = 100 });

        var share = estimator.Estimate(p, euros, seed: 6);

        // Innovative procurements are worth twice the others here: about 18 % of euros for 10 % of procurements.
        Assert.InRange(share.Euros.Acc.Estimate, 0.15, 0.21);
        Assert.True(share.Euros.Acc.Estimate > share.Count.Acc.Estimate + 0.05);
    }

    [Fact]
    public void Estimate_SameSeed_SameIntervals()
    {
        var (p, euros, _) = Population(2000, 0.1, 7);
        var calibration = Calibration(500, 8);

        var first = new ShareEstimator(calibration, new ShareEstimatorOptions { Replicates = 100, Seed = 9 }).Estimate(p, euros, 1);
        var second = new ShareEstimator(calibration, new ShareEstimatorOptions { Replicates = 100, Seed = 9 }).Estimate(p, euros, 1);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Estimate_ShareFarAboveTarget_ReplicatesAtOrAboveTargetNearOne()
    {
        var (p, euros, _) = Population(5000, 0.3, 10);
        var estimator = new ShareEstimator(Calibration(2000, 11), new ShareEstimatorOptions { Replicates = 200, Method = QuantificationMethod.Acc });

        var high = estimator.Estimate(p, euros, 1);
        var (lowP, lowEuros, _) = Population(5000, 0.02, 12);
        var low = estimator.Estimate(lowP, lowEuros, 1);

        Assert.True(high.ReplicatesAtOrAboveTarget > 0.99, $"{high.ReplicatesAtOrAboveTarget}");
        Assert.True(low.ReplicatesAtOrAboveTarget < 0.01, $"{low.ReplicatesAtOrAboveTarget}");
    }

    [Fact]
    public void Estimate_IntervalOrdered_LowBelowEstimateBelowHigh()
    {
        var (p, euros, _) = Population(3000, 0.1, 13);
        var estimator = new ShareEstimator(Calibration(800, 14), new ShareEstimatorOptions { Replicates = 200 });

        var share = estimator.Estimate(p, euros, 1);

        foreach (var interval in new[] { share.Count.Cc, share.Count.Acc, share.Count.Pacc, share.Euros.Pacc })
        {
            Assert.True(interval.CiLow <= interval.Estimate && interval.Estimate <= interval.CiHigh, interval.ToString());
            Assert.True(interval.CiHigh - interval.CiLow > 0.001, interval.ToString());
        }
    }

    [Fact]
    public void Rates_WeightedSample_WeightsCount()
    {
        var sample = new CalibrationSample([0.9, 0.1, 0.9, 0.1], [true, true, false, false], [3, 1, 1, 1]);

        var rates = ClassifierRates.From(sample, 0.5);

        Assert.Equal(0.75, rates.TruePositiveRate, 10);
        Assert.Equal(0.5, rates.FalsePositiveRate, 10);
        Assert.Equal(0.7, rates.MeanProbabilityPositive, 10);
    }

    [Fact]
    public void ChooseThreshold_RareInnovationWithLowProbabilities_BelowHalfAndRecallsMost()
    {
        // At a 3 % share a calibrated classifier rarely reaches 0.5: innovative ones score 0.2–0.6, the others 0–0.25.
        var random = new Random(21);
        var p = new double[5000];
        var y = new bool[5000];
        for (var i = 0; i < p.Length; i++)
        {
            y[i] = random.NextDouble() < 0.03;
            p[i] = y[i] ? 0.2 + (0.4 * random.NextDouble()) : 0.25 * random.NextDouble();
        }

        var sample = new CalibrationSample(p, y, [.. Enumerable.Repeat(1.0, p.Length)]);

        var threshold = ClassifierRates.ChooseThreshold(sample);
        var rates = ClassifierRates.From(sample, threshold);

        Assert.InRange(threshold, 0.19, 0.26);
        Assert.True(rates.TruePositiveRate > 0.85, rates.ToString());
        Assert.True(ClassifierRates.From(sample, 0.5).TruePositiveRate < 0.3);
    }

    [Fact]
    public void Estimate_ErrorsDifferForLargeProcurements_EuroShareCorrectedWithEuroRates()
    {
        // Large procurements (10x euros) are called innovative far more often when they are not (FPR 40 % vs 2 %).
        var random = new Random(31);
        (double[] P, double[] V, bool[] Y) Draw(int n)
        {
            var p = new double[n];
            var v = new double[n];
            var y = new bool[n];
            for (var i = 0; i < n; i++)
            {
                var large = random.NextDouble() < 0.2;
                y[i] = random.NextDouble() < 0.1;
                v[i] = large ? 1_000_000 : 100_000;
                var called = y[i] ? random.NextDouble() < 0.8 : random.NextDouble() < (large ? 0.4 : 0.02);
                p[i] = called ? 0.9 : 0.1;
            }

            return (p, v, y);
        }

        var (cp, cv, cy) = Draw(6000);
        var (pp, pv, py) = Draw(20_000);
        var trueEuros = Enumerable.Range(0, py.Length).Where(i => py[i]).Sum(i => pv[i]) / pv.Sum();
        var withEuros = new ShareEstimator(new CalibrationSample(cp, cy, [.. Enumerable.Repeat(1.0, cp.Length)], cv), new ShareEstimatorOptions { Replicates = 100, Threshold = 0.5 });
        var countOnly = new ShareEstimator(new CalibrationSample(cp, cy, [.. Enumerable.Repeat(1.0, cp.Length)]), new ShareEstimatorOptions { Replicates = 100, Threshold = 0.5 });

        var right = withEuros.Estimate(pp, pv, 1).Euros.Acc;
        var wrong = countOnly.Estimate(pp, pv, 1).Euros.Acc;

        Assert.InRange(right.Estimate, trueEuros - 0.02, trueEuros + 0.02);
        Assert.True(wrong.Estimate > trueEuros + 0.1, $"count rates give {wrong.Estimate}, truth {trueEuros}");
        Assert.NotNull(wrong.Note);
    }

    [Fact]
    public void Estimate_CalibrationWithoutInnovativeLabels_NoIntervalAndSaysWhy()
    {
        var (p, euros, _) = Population(1000, 0.1, 41);
        var calibration = new CalibrationSample([0.1, 0.2, 0.3], [false, false, false], [1.0, 1.0, 1.0]);

        var share = new ShareEstimator(calibration, new ShareEstimatorOptions { Replicates = 20 }).Estimate(p, euros, 1);

        Assert.False(share.Count.Pacc.HasInterval);
        Assert.False(share.Count.Acc.HasInterval);
        Assert.Contains("no innovative procurement", share.Count.Pacc.Note, StringComparison.Ordinal);
        Assert.True(share.Count.Cc.HasInterval);
    }

    [Fact]
    public void Estimate_ClassifierThatCannotSeparate_NoIntervalAndSaysWhy()
    {
        var random = new Random(51);
        var p = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, 2000).Select(_ => random.NextDouble() < 0.2).ToArray();
        var calibration = new CalibrationSample(p, y, [.. Enumerable.Repeat(1.0, p.Length)]);

        var share = new ShareEstimator(calibration, new ShareEstimatorOptions { Replicates = 50 }).Estimate(p, [.. p.Select(_ => 1.0)], 1);

        Assert.False(share.Count.Pacc.HasInterval);
        Assert.Contains("barely separates", share.Count.Pacc.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_GroupWhoseCorrectionClipsEverywhere_NoZeroWidthInterval()
    {
        // The group's procurements all score far below the negatives' mean probability: PACC is negative in every replicate.
        var calibration = Calibration(2000, 61);
        var estimator = new ShareEstimator(calibration, new ShareEstimatorOptions { Replicates = 100 });
        var group = Enumerable.Repeat(0.001, 500).ToArray();

        var share = estimator.Estimate(group, [.. group.Select(_ => 1.0)], 1, new bool[calibration.Count]);

        Assert.Equal(0, share.Count.Pacc.Estimate);
        Assert.False(share.Count.Pacc.HasInterval);
        Assert.Contains("clipped", share.Count.Pacc.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_GroupWithItsOwnErrorRates_CorrectedWithShrunkGroupRates()
    {
        // In the group, negatives score 0.45 on average instead of 0.15 elsewhere: the year's rates overstate its share.
        var random = new Random(71);
        var n = 4000;
        var p = new double[n];
        var y = new bool[n];
        var inGroup = new bool[n];
        for (var i = 0; i < n; i++)
        {
            inGroup[i] = i % 2 == 0;
            y[i] = random.NextDouble() < 0.1;
            p[i] = y[i] ? 0.8 : inGroup[i] ? 0.45 : 0.15;
        }

        var estimator = new ShareEstimator(new CalibrationSample(p, y, [.. Enumerable.Repeat(1.0, n)]), new ShareEstimatorOptions { Replicates = 50 });
        var groupP = Enumerable.Range(0, 2000).Select(i => i < 200 ? 0.8 : 0.45).ToArray();

        var own = estimator.Estimate(groupP, [.. groupP.Select(_ => 1.0)], 1, inGroup).Count.Pacc;
        var year = estimator.Estimate(groupP, [.. groupP.Select(_ => 1.0)], 1).Count.Pacc;

        Assert.InRange(own.Estimate, 0.08, 0.12);
        Assert.True(year.Estimate > 0.3, $"{year.Estimate}");
    }
}
