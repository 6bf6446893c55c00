namespace ProcurementInsight.Core.Estimation;

/// <summary>Settings of a <see cref="ShareEstimator"/>.</summary>
public sealed record ShareEstimatorOptions
{
    /// <summary>The government's target share of innovative procurement.</summary>
    public const double GovernmentTarget = 0.10;

    /// <summary>Bootstrap replicates behind each interval.</summary>
    public int Replicates { get; init; } = 1000;

    /// <summary>Seed of the bootstrap; the same seed and data give the same intervals.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>A probability at or above this is "called innovative" for CC and ACC.</summary>
    public double? Threshold { get; init; }

    /// <summary>The method behind the headline share and the target probability.</summary>
    public QuantificationMethod Method { get; init; } = QuantificationMethod.Pacc;

    /// <summary>The target share the probability is computed against.</summary>
    public double Target { get; init; } = GovernmentTarget;
}
