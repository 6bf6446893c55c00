using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void Compute_PerfectSeparation_AucOneAndF1One()
    {
        var sample = new CalibrationSample([0.9, 0.8, 0.2, 0.1], [true, true, false, false], [1, 1, 1, 1]);

        var metrics = BinaryMetrics.Compute(sample, 0.5);

        Assert.Equal(1, metrics.RocAuc, 10);
        Assert.Equal(1, metrics.F1, 10);
        Assert.Equal((0.01 + 0.04 + 0.04 + 0.01) / 4, metrics.Brier, 10);
    }

    [Fact]
    public void Compute_OneInversion_AucCountsPairs()
    {
        // Pairs (positive, negative): (0.9,0.2) (0.9,0.6) (0.4,0.2) win, (0.4,0.6) loses: 3 of 4.
        var sample = new CalibrationSample([0.9, 0.4, 0.6, 0.2], [true, true, false, false], [1, 1, 1, 1]);

        var metrics = BinaryMetrics.Compute(sample, 0.5);

        Assert.Equal(0.75, metrics.RocAuc, 10);
        Assert.Equal(0.5, metrics.Precision, 10);
        Assert.Equal(0.5, metrics.Recall, 10);
    }

    [Fact]
    public void Compute_Ties_CountHalf()
    {
        var sample = new CalibrationSample([0.5, 0.5], [true, false], [1, 1]);

        var metrics = BinaryMetrics.Compute(sample, 0.5);

        Assert.Equal(0.5, metrics.RocAuc, 10);
    }
}
