using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Core.Tests.Estimation;

public sealed class QuantifierTests
{
    [Fact]
    public void Adjust_IssueExample_RecoversTrueShareFromBiasedCount()
    {
        // 80 % recall and 5 % false positives turn a true 5 % into 0.8·5 % + 0.05·95 % = 8.75 %.
        var classified = (0.8 * 0.05) + (0.05 * 0.95);

        var adjusted = Quantifier.Adjust(classified, 0.8, 0.05);

        Assert.Equal(0.0875, classified, 10);
        Assert.Equal(0.05, adjusted, 10);
    }

    [Fact]
    public void Adjust_BelowFalsePositiveRate_ClipsToZero()
    {
        var adjusted = Quantifier.Adjust(0.01, 0.8, 0.05);

        Assert.Equal(0, adjusted);
    }

    [Fact]
    public void Adjust_ClassesBarelySeparated_ReturnsUnadjustedShare()
    {
        var adjusted = Quantifier.Adjust(0.3, 0.52, 0.5);

        Assert.Equal(0.3, adjusted);
    }

    [Fact]
    public void AdjustProbabilistic_MeanProbabilities_RecoverTrueShare()
    {
        // Positives average 0.7, negatives 0.1: a true 20 % gives a mean probability of 0.7·0.2 + 0.1·0.8 = 0.22.
        var adjusted = Quantifier.AdjustProbabilistic(0.22, 0.7, 0.1);

        Assert.Equal(0.2, adjusted, 10);
    }
}
