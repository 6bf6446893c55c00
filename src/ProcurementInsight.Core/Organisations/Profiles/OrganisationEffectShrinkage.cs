namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Empirical Bayes shrinkage of an organisation's departure from the classifier, not of its share. The classifier's
/// calibrated probability pᵢ of each procurement already pools what every organisation's answers taught it; what is
/// particular to an organisation j is how its own survey answers aᵢ (true labels of a design sample: flagged census and
/// control) differ from those predictions. That difference is a shift δⱼ on the logit scale,
/// P(innovative) = σ(κ·logit pᵢ + δⱼ), with δⱼ ~ N(0, τ²) across organisations; κ = √(1 + πτ²/8) keeps the classifier's
/// pᵢ the average over organisations (the logistic-normal approximation), so an organisation without answers keeps
/// Σp/n. τ is fitted by maximum marginal likelihood over the answering organisations (a grid of 0.1 to 3, then golden
/// section); τ = 0 means the organisations do not depart from the classifier beyond chance, and every estimate is then
/// the classifier's. Each organisation's posterior of δ is computed on 41 nodes of its prior; its answered procurements
/// are known, its unanswered ones are Bernoulli(p̃ᵢ) given δ, so its realised share is (Σ_A aᵢ + Σ_U p̃ᵢ) / n, and the
/// interval comes from seeded simulation (δ from its posterior, then each unanswered procurement).
/// </summary>
public static class OrganisationEffectShrinkage
{
    /// <summary>The method in one paragraph, for the README, the JSON and the page.</summary>
    public const string Method =
        "Each procurement counts as the organisation's own survey answer aᵢ where it answered (a true label), else as the classifier's calibrated probability pᵢ adjusted by "
        + "the organisation's shift δ: p̃ᵢ = σ(κ·logit pᵢ + δ), κ = √(1 + πτ²/8). Organisations' shifts are drawn from N(0, τ²); τ is fitted by maximum marginal "
        + "likelihood over the survey answers of the peer group's answering organisations (all organisations when the group has fewer than 20), and τ = 0 means "
        + "organisations do not depart from the classifier beyond chance, so the classifier is kept. An organisation's δ is estimated from its answers against the "
        + "predictions and shrunk toward 0 (its posterior); few answers move it little. The estimated share is the realised share of its own procurements, "
        + "(Σ answered aᵢ + Σ unanswered E[p̃ᵢ]) / n (euros alike, weighted by each procurement's euros), and the 95 % interval is the 2.5 % and 97.5 % quantiles of "
        + "2,000 seeded draws of δ from its posterior and of each unanswered procurement as Bernoulli(p̃ᵢ). An organisation with a few procurements can have an "
        + "interval from 0. The uncertainty of the classifier's own calibration is not included.";

    /// <summary>Simulated draws behind each interval.</summary>
    public const int Draws = 2000;

    /// <summary>The largest τ tried (logit scale): a shift of 3 turns a 5 % prediction into 50 %.</summary>
    public const double MaximumSpread = 3;

    private const double SpreadStep = 0.1;
    private const int NodeCount = 41;
    private const double NodeRange = 5;
    private const double ProbabilityFloor = 1e-6;

    // Standard normal nodes zₖ on [−5, 5] and their normalised log weights: δ = τ·zₖ.
    private static readonly double[] Nodes = [.. Enumerable.Range(0, NodeCount).Select(k => -NodeRange + (2 * NodeRange * k / (NodeCount - 1)))];
    private static readonly double[] LogWeights = NormalisedLogWeights();

    /// <summary>κ = √(1 + πτ²/8): how much a prediction's logit is stretched so that averaging σ over δ ~ N(0, τ²) gives the prediction back.</summary>
    public static double Stretch(double spread) => Math.Sqrt(1 + (Math.PI * spread * spread / 8));

    /// <summary>
    /// Fits τ, the standard deviation of organisations' shifts, by maximum marginal likelihood over their answered
    /// procurements. Organisations without answers carry no information about τ and are skipped; 0 when none answered.
    /// </summary>
    public static double FitSpread(IReadOnlyList<IReadOnlyList<OrganisationProcurement>> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var answered = organisations
            .Select(o => o.Where(p => p.Answer is not null).Select(p => (Logit(p.Probability), p.Answer!.Value)).ToArray()) // Filtered to answered.
            .Where(a => a.Length > 0)
            .ToList();
        if (answered.Count == 0)
        {
            return 0;
        }

        var best = 0.0;
        var bestLikelihood = MarginalLogLikelihood(answered, 0);
        for (var step = 1; step * SpreadStep <= MaximumSpread + 1e-9; step++)
        {
            var likelihood = MarginalLogLikelihood(answered, step * SpreadStep);
            if (likelihood > bestLikelihood)
            {
                (best, bestLikelihood) = (step * SpreadStep, likelihood);
            }
        }

        if (best == 0)
        {
            return 0;
        }

        // Golden section between the grid neighbours of the best grid point.
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var (low, high) = (best - SpreadStep, Math.Min(MaximumSpread, best + SpreadStep));
        var (a, b) = (high - (ratio * (high - low)), low + (ratio * (high - low)));
        var (likelihoodA, likelihoodB) = (MarginalLogLikelihood(answered, a), MarginalLogLikelihood(answered, b));
        for (var i = 0; i < 16; i++)
        {
            if (likelihoodA >= likelihoodB)
            {
                (high, b, likelihoodB) = (b, a, likelihoodA);
                a = high - (ratio * (high - low));
                likelihoodA = MarginalLogLikelihood(answered, a);
            }
            else
            {
                (low, a, likelihoodA) = (a, b, likelihoodB);
                b = low + (ratio * (high - low));
                likelihoodB = MarginalLogLikelihood(answered, b);
            }
        }

        var refined = (low + high) / 2;
        return MarginalLogLikelihood(answered, refined) >= bestLikelihood ? refined : best;
    }

    /// <summary>
    /// An organisation's estimated realised shares with their 95 % intervals, given τ (<paramref name="spread"/>).
    /// </summary>
    /// <param name="procurements">Its procurements (at least one).</param>
    /// <param name="spread">τ from <see cref="FitSpread"/>.</param>
    /// <param name="fittedOn">Where τ was fitted (reported in the <see cref="OrganisationEffect"/>).</param>
    /// <param name="answeringOrganisations">Answering organisations τ was fitted on (reported).</param>
    /// <param name="seed">Seed of the simulation.</param>
    public static OrganisationEstimate Estimate(IReadOnlyList<OrganisationProcurement> procurements, double spread, string fittedOn, int answeringOrganisations, int seed)
    {
        ArgumentNullException.ThrowIfNull(procurements);
        ArgumentOutOfRangeException.ThrowIfZero(procurements.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(spread);
        var stretch = Stretch(spread);
        var answered = procurements.Where(p => p.Answer is not null).ToList();
        var open = procurements.Where(p => p.Answer is null).ToList();

        // The posterior of δ on the nodes (a single node δ = 0 when τ = 0).
        double[] shifts = spread > 0 ? [.. Nodes.Select(z => spread * z)] : [0];
        var posterior = new double[shifts.Length];
        for (var k = 0; k < shifts.Length; k++)
        {
            posterior[k] = (spread > 0 ? LogWeights[k] : 0) + answered.Sum(p => LogSigmoid((p.Answer!.Value ? 1 : -1) * ((stretch * Logit(p.Probability)) + shifts[k]))); // Answered only.
        }

        var normaliser = LogSumExp(posterior);
        for (var k = 0; k < posterior.Length; k++)
        {
            posterior[k] = Math.Exp(posterior[k] - normaliser);
        }

        var shift = posterior.Select((w, k) => w * shifts[k]).Sum();
        var deviation = Math.Sqrt(Math.Max(0, posterior.Select((w, k) => w * shifts[k] * shifts[k]).Sum() - (shift * shift)));

        // Each unanswered procurement's probability at each node that carries weight.
        var logits = open.Select(p => stretch * Logit(p.Probability)).ToArray();
        var adjusted = new double[shifts.Length][];
        for (var k = 0; k < shifts.Length; k++)
        {
            adjusted[k] = posterior[k] > 1e-12 ? [.. logits.Select(l => Sigmoid(l + shifts[k]))] : [];
        }

        var n = procurements.Count;
        var totalEuros = procurements.Sum(p => p.Euros);
        var knownCount = answered.Count(p => p.Answer!.Value); // Answered only.
        var knownEuros = answered.Where(p => p.Answer!.Value).Sum(p => p.Euros); // Answered only.
        double expectedCount = knownCount, expectedEuros = knownEuros;
        for (var k = 0; k < shifts.Length; k++)
        {
            for (var i = 0; i < adjusted[k].Length; i++)
            {
                expectedCount += posterior[k] * adjusted[k][i];
                expectedEuros += posterior[k] * adjusted[k][i] * open[i].Euros;
            }
        }

        var cumulative = new double[posterior.Length];
        for (var k = 0; k < posterior.Length; k++)
        {
            cumulative[k] = (k > 0 ? cumulative[k - 1] : 0) + posterior[k];
        }

        var random = new Random(seed);
        var countDraws = new double[Draws];
        var euroDraws = new double[Draws];
        for (var d = 0; d < Draws; d++)
        {
            var k = Node(cumulative, random.NextDouble());
            double count = knownCount, euros = knownEuros;
            for (var i = 0; i < logits.Length; i++)
            {
                if (random.NextDouble() < adjusted[k][i])
                {
                    count++;
                    euros += open[i].Euros;
                }
            }

            countDraws[d] = count / n;
            euroDraws[d] = totalEuros > 0 ? euros / totalEuros : count / n;
        }

        var countShare = expectedCount / n;
        var euroShare = totalEuros > 0 ? expectedEuros / totalEuros : countShare;
        return new OrganisationEstimate(
            Interval(countShare, countDraws),
            Interval(euroShare, euroDraws),
            new OrganisationEffect(shift, deviation, spread, fittedOn, answeringOrganisations));
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

    private static ShareFigure Interval(double estimate, double[] draws)
    {
        // A simulated interval can miss an expectation that sits in a gap between the few values a small organisation can take.
        Array.Sort(draws);
        var low = OrganisationProfileBuilder.SortedQuantile(draws, 0.025);
        var high = OrganisationProfileBuilder.SortedQuantile(draws, 0.975);
        return new ShareFigure(estimate, Math.Min(estimate, low), Math.Max(estimate, high));
    }

    private static int Node(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        index = index < 0 ? ~index : index;
        return Math.Min(index, cumulative.Length - 1);
    }

    private static double MarginalLogLikelihood(List<(double Logit, bool Answer)[]> organisations, double spread)
    {
        var stretch = Stretch(spread);
        var total = 0.0;
        var terms = new double[NodeCount];
        foreach (var answers in organisations)
        {
            if (spread == 0)
            {
                total += answers.Sum(x => LogSigmoid((x.Answer ? 1 : -1) * x.Logit));
                continue;
            }

            for (var k = 0; k < NodeCount; k++)
            {
                var shift = spread * Nodes[k];
                var sum = LogWeights[k];
                foreach (var (logit, answer) in answers)
                {
                    sum += LogSigmoid((answer ? 1 : -1) * ((stretch * logit) + shift));
                }

                terms[k] = sum;
            }

            total += LogSumExp(terms);
        }

        return total;
    }

    private static double[] NormalisedLogWeights()
    {
        var logs = Nodes.Select(z => -z * z / 2).ToArray();
        var normaliser = LogSumExp(logs);
        return [.. logs.Select(l => l - normaliser)];
    }

    private static double LogSumExp(double[] values)
    {
        var max = values.Max();
        return max + Math.Log(values.Sum(v => Math.Exp(v - max)));
    }

    private static double Logit(double probability)
    {
        var p = Math.Clamp(probability, ProbabilityFloor, 1 - ProbabilityFloor);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    // log σ(x), without overflow at either end.
    private static double LogSigmoid(double x) => x >= 0 ? -Math.Log(1 + Math.Exp(-x)) : x - Math.Log(1 + Math.Exp(x));
}
