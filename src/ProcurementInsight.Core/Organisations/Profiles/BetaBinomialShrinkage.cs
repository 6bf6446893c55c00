namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Empirical Bayes beta-binomial shrinkage of organisations' shares toward their peer group's.
/// Each organisation j has n_j procurements of which y_j are innovative; its share θ_j is drawn from the peer group's
/// Beta(α, β) and y_j ~ Binomial(n_j, θ_j). The prior is fitted by the method of moments; the organisation's shrunk share
/// is the posterior mean (α + y_j) / (α + β + n_j), and its interval the 2.5 % and 97.5 % quantiles of the posterior
/// Beta(α + y_j, β + n_j − y_j).
/// </summary>
public static class BetaBinomialShrinkage
{
    /// <summary>The method in one paragraph, for the README, the JSON and the page.</summary>
    public const string Method =
        "Empirical Bayes beta-binomial: each organisation's share is drawn from its peer group's Beta(α, β), fitted by the method of moments "
        + "(pooled mean μ = Σy/Σn; intra-class correlation ρ = (S/(μ(1−μ)) − (k−1)) / (N − Σn²/N − (k−1)) with S = Σ n_j (y_j/n_j − μ)², "
        + "k organisations and N = Σn; α + β = 1/ρ − 1). The shrunk share is the posterior mean (α + y)/(α + β + n) and its interval "
        + "the 2.5 % and 97.5 % quantiles of Beta(α + y, β + n − y).";

    /// <summary>The largest prior strength α + β: a peer group whose organisations do not differ beyond chance is capped here rather than infinitely sure.</summary>
    public const double MaximumStrength = 1_000;

    /// <summary>
    /// Fits the peer group's prior by the method of moments. Successes may be fractional (expected counts).
    /// Organisations without procurements carry no information and are skipped.
    /// </summary>
    public static BetaPrior FitPrior(IReadOnlyList<(double Successes, double Trials)> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var data = organisations.Where(o => o.Trials > 0).ToList();
        var k = data.Count;
        var n = data.Sum(o => o.Trials);
        if (k == 0 || n <= 0)
        {
            // Nothing known: the uniform prior.
            return new BetaPrior(1, 1, 0);
        }

        // Keep μ off 0 and 1 so the prior stays proper when every organisation reported none (or all).
        var mu = Math.Clamp(data.Sum(o => o.Successes) / n, 0.5 / (n + 1), 1 - (0.5 / (n + 1)));
        var s = data.Sum(o => o.Trials * Math.Pow((o.Successes / o.Trials) - mu, 2));
        var sumSquares = data.Sum(o => o.Trials * o.Trials);
        var denominator = n - (sumSquares / n) - (k - 1);
        var rho = denominator > 0 ? ((s / (mu * (1 - mu))) - (k - 1)) / denominator : 0;
        var strength = rho <= 1 / (MaximumStrength + 1) ? MaximumStrength : Math.Max((1 / Math.Min(rho, 0.999)) - 1, 1e-3);
        return new BetaPrior(mu * strength, (1 - mu) * strength, k);
    }

    /// <summary>The shrunk share: the posterior mean with the 95 % equal-tailed posterior interval.</summary>
    public static ShareFigure Shrink(BetaPrior prior, double successes, double trials)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        successes = Math.Clamp(successes, 0, trials);
        var a = prior.Alpha + successes;
        var b = prior.Beta + trials - successes;
        return new ShareFigure(a / (a + b), BetaDistribution.Quantile(0.025, a, b), BetaDistribution.Quantile(0.975, a, b));
    }

    /// <summary>
    /// The raw share y/n with the Jeffreys interval (the 2.5 % and 97.5 % quantiles of Beta(y + ½, n − y + ½)); null
    /// for an organisation without procurements.
    /// </summary>
    public static ShareFigure? Raw(double successes, double trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (trials <= 0)
        {
            return null;
        }

        successes = Math.Clamp(successes, 0, trials);
        var a = successes + 0.5;
        var b = trials - successes + 0.5;
        return new ShareFigure(successes / trials, BetaDistribution.Quantile(0.025, a, b), BetaDistribution.Quantile(0.975, a, b));
    }
}
