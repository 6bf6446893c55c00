namespace ProcurementInsight.Core.Estimation;

/// <summary>The quantification formulas (Forman 2008; Bella et al. 2010), each clipped to [0, 1].</summary>
public static class Quantifier
{
    /// <summary>Below this gap between the two classes' rates the correction divides by almost nothing, so the unadjusted share is returned.</summary>
    public const double MinimumSeparation = 0.05;

    /// <summary>
    /// ACC: the observed share called innovative is <c>q = tpr·π + fpr·(1−π)</c>, so <c>π = (q − fpr)/(tpr − fpr)</c>.
    /// </summary>
    public static double Adjust(double classifiedShare, double truePositiveRate, double falsePositiveRate)
    {
        var separation = truePositiveRate - falsePositiveRate;
        return separation < MinimumSeparation
            ? Math.Clamp(classifiedShare, 0, 1)
            : Math.Clamp((classifiedShare - falsePositiveRate) / separation, 0, 1);
    }

    /// <summary>PACC: the same correction of the mean probability with the classes' mean probabilities.</summary>
    public static double AdjustProbabilistic(double meanProbability, double meanProbabilityPositive, double meanProbabilityNegative) =>
        Adjust(meanProbability, meanProbabilityPositive, meanProbabilityNegative);
}
