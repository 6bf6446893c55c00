namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Empirical Bayes beta-binomial shrinkage of organisations' shares toward their peer group's. Each organisation j has n_j
/// procurements with values vᵢ (1 or 0 where known, else a calibrated probability) summing to y_j; its share θ_j is drawn
/// from the peer group's Beta(α, β). The prior is fitted by the method of moments of the one-way random-effects model,
/// which for 0/1 values is the beta-binomial's; the organisation's shrunk share is the posterior mean and its interval the
/// 2.5 % and 97.5 % quantiles of the posterior beta.
/// </summary>
public static class BetaBinomialShrinkage
{
    /// <summary>The method in one paragraph, for the README, the JSON and the page.</summary>
    public const string Method =
        "Empirical Bayes beta-binomial: each organisation's share θ is drawn from its peer group's Beta(α, β), fitted by the method of moments "
        + "over the group's k organisations (N = Σn, pooled mean μ = Σy/N, S = Σ n_j (y_j/n_j − μ)², within-organisation variance "
        + "s² = Σ_j Σ_i (vᵢ − y_j/n_j)² / (N − k), between-organisation variance τ² = (S − (k−1)s²) / (N − Σn²/N), α + β = μ(1−μ)/τ² − 1, kept between 1 and 1,000). "
        + "An organisation's n procurements count as n* = n·μ(1−μ)/s² trials with y* = y·μ(1−μ)/s² (for 0/1 values n* ≈ n; probabilities vary less "
        + "than 0/1 answers, so they count for more). The shrunk share is the posterior mean (α + y*)/(α + β + n*) and its interval the 2.5 % "
        + "and 97.5 % quantiles of Beta(α + y*, β + n* − y*): an interval for the organisation's underlying share.";

    /// <summary>The smallest prior strength α + β: a prior worth at least one procurement, so extreme groups keep a proper, computable posterior.</summary>
    public const double MinimumStrength = 1;

    /// <summary>The largest prior strength α + β: a peer group whose organisations do not differ beyond chance is capped here rather than infinitely sure.</summary>
    public const double MaximumStrength = 1_000;

    /// <summary>
    /// Fits the peer group's prior by the method of moments from each organisation's sum of values (successes), procurements
    /// (trials) and sum of squared values (for 0/1 values, the successes). Organisations without procurements are skipped.
    /// </summary>
    public static BetaPrior FitPrior(IReadOnlyList<(double Successes, double Trials, double SumOfSquares)> organisations)
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
        var bernoulli = mu * (1 - mu);
        var s = data.Sum(o => o.Trials * Math.Pow((o.Successes / o.Trials) - mu, 2));
        var within = n > k ? data.Sum(o => Math.Max(0, o.SumOfSquares - (o.Successes * o.Successes / o.Trials))) / (n - k) : bernoulli;
        within = Math.Max(within, 1e-6 * bernoulli);
        var denominator = n - (data.Sum(o => o.Trials * o.Trials) / n);
        var tau2 = denominator > 0 ? (s - ((k - 1) * within)) / denominator : 0;
        var strength = tau2 <= bernoulli / (MaximumStrength + 1) ? MaximumStrength : Math.Max((bernoulli / tau2) - 1, MinimumStrength);
        return new BetaPrior(mu * strength, (1 - mu) * strength, k) { TrialScale = bernoulli / within };
    }

    /// <summary>Fits the prior from 0/1 counts (the sum of squares of 0/1 values is the number of ones).</summary>
    public static BetaPrior FitPrior(IReadOnlyList<(double Successes, double Trials)> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        return FitPrior([.. organisations.Select(o => (o.Successes, o.Trials, o.Successes))]);
    }

    /// <summary>The shrunk share: the posterior mean with the 95 % equal-tailed posterior interval, the counts scaled by <see cref="BetaPrior.TrialScale"/>.</summary>
    public static ShareFigure Shrink(BetaPrior prior, double successes, double trials)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        successes = Math.Clamp(successes, 0, trials) * prior.TrialScale;
        trials *= prior.TrialScale;
        var a = prior.Alpha + successes;
        var b = prior.Beta + trials - successes;
        var mean = a / (a + b);

        // The quantiles are found by bisection to 1e-10; keep the ends on either side of the mean when the posterior is that tight.
        return new ShareFigure(mean, Math.Min(mean, BetaDistribution.Quantile(0.025, a, b)), Math.Max(mean, BetaDistribution.Quantile(0.975, a, b)));
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
