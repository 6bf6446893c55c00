namespace ProcurementInsight.Core.Estimation;

/// <summary>A share (0–1) with its bootstrap 95 % confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="CiLow">The 2.5th percentile of the bootstrap replicates.</param>
/// <param name="CiHigh">The 97.5th percentile of the bootstrap replicates.</param>
public sealed record ShareInterval(double Estimate, double CiLow, double CiHigh)
{
    /// <summary>True when <paramref name="share"/> lies inside the interval (ends included).</summary>
    public bool Covers(double share) => share >= CiLow && share <= CiHigh;
}
