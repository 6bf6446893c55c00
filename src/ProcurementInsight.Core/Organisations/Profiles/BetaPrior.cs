namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// A peer group's beta prior of its organisations' innovative shares, fitted by <c>BetaBinomialShrinkage.FitPrior</c>.
/// </summary>
/// <param name="Alpha">α: the prior's weight of innovative procurements.</param>
/// <param name="Beta">β: the prior's weight of other procurements.</param>
/// <param name="Organisations">Organisations the prior was fitted on.</param>
public sealed record BetaPrior(double Alpha, double Beta, int Organisations)
{
    /// <summary>The prior mean α / (α + β): the peer group's pooled share.</summary>
    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>α + β: how many procurements the prior weighs as; an organisation with this many is pulled halfway to the mean.</summary>
    public double Strength => Alpha + Beta;

    /// <summary>How many 0/1 trials one procurement counts as: μ(1−μ) / the within-organisation variance of the values (1 for 0/1 values from a homogeneous group).</summary>
    public double TrialScale { get; init; } = 1;
}
