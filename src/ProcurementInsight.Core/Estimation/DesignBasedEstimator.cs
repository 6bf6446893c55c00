using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// The share from survey answers alone, as the survey was designed: each answer weighted by 1 / its inclusion
/// probability within its <see cref="WeightingClasses"/> class, the class's weights scaled to its known number
/// of procurements (every notice is harvested, so the population of each class is known). The euro share is a
/// separate ratio estimate per class, scaled to the class's known euros. Intervals: a stratified bootstrap that
/// resamples answers within each class (n − 1 draws with replacement, which keeps the variance unbiased), as
/// the design drew them; a domain (quarter, sector, …) is estimated directly from its own answers.
/// </summary>
public sealed class DesignBasedEstimator
{
    /// <summary>The method in one paragraph, for the model card and the estimate.</summary>
    public const string Method =
        "Design-based: the survey answers alone, each weighted by 1 / its inclusion probability (flagged procedures are surveyed with certainty "
        + "unless the per-address cap subsampled them; unflagged ones through the stratified control sample), within weighting classes scaled to their "
        + "known number of procurements and euros. Intervals: stratified bootstrap of the answers within classes.";

    private readonly IReadOnlyList<ProcurementUnit> _units;
    private readonly double[] _euros;
    private readonly int[] _respondentUnit;
    private readonly bool[] _y;
    private readonly double[] _w;
    private readonly float[][] _replicateWeights;
    private readonly Dictionary<string, int> _respondentOfUnit;
    private double[] _overallCountDraws = [];

    /// <summary>Prepares the classes, the weights and the bootstrap replicates.</summary>
    /// <param name="units">The population: every procurement of the period.</param>
    /// <param name="euros">Each unit's value in euros (imputed where unknown), parallel to <paramref name="units"/>.</param>
    /// <param name="respondents">The answered surveys; those of procurements outside <paramref name="units"/> are ignored.</param>
    /// <param name="replicates">Bootstrap replicates.</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    public DesignBasedEstimator(IReadOnlyList<ProcurementUnit> units, IReadOnlyList<double> euros, IReadOnlyList<DesignRespondent> respondents, int replicates, int seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(euros);
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 10);
        if (euros.Count != units.Count)
        {
            throw new ArgumentException("Units and euros must have the same length.", nameof(euros));
        }

        _units = units;
        _euros = [.. euros];
        var design = DesignWeights.Compute(units, respondents);
        _respondentUnit = design.RespondentUnit;
        _respondentOfUnit = design.RespondentOfUnit;
        _w = design.Weights;
        var byKey = respondents.GroupBy(r => r.UnitKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _y = [.. _respondentUnit.Select(u => byKey[units[u].Key].Innovative)];
        Answers = _respondentUnit.Length;
        ControlAnswers = _respondentUnit.Count(u => byKey[units[u].Key].Phase == Survey.SurveyPhase.Control);
        Problem = design.Problem is null ? null : "No design-based estimate: " + design.Problem + ".";
        Classes = design.Classes.Count;
        EffectiveSampleSize = _w.Length == 0 ? 0 : Math.Pow(_w.Sum(), 2) / _w.Sum(x => x * x);

        // Replicate weights: within each class, n − 1 draws with replacement (Rao–Wu with m = n − 1), rescaled to the class total.
        var d = design.InverseProbability;
        var classRespondents = design.Classes.Select(c => c.Where(i => _respondentOfUnit.ContainsKey(units[i].Key)).Select(i => _respondentOfUnit[units[i].Key]).ToArray()).ToArray();
        _replicateWeights = new float[replicates][];
        var random = new Random(seed);
        var counts = new int[Answers];
        for (var b = 0; b < replicates; b++)
        {
            Array.Clear(counts);
            var weights = new float[Answers];
            for (var c = 0; c < classRespondents.Length; c++)
            {
                var members = classRespondents[c];
                if (members.Length == 0)
                {
                    continue;
                }

                var draws = Math.Max(1, members.Length - 1);
                for (var k = 0; k < draws; k++)
                {
                    counts[members[random.Next(members.Length)]]++;
                }

                var sum = members.Sum(r => d[r] * counts[r]);
                foreach (var r in members)
                {
                    weights[r] = (float)(d[r] * counts[r] * design.Classes[c].Length / sum);
                }
            }

            _replicateWeights[b] = weights;
        }
    }

    /// <summary>Why there is no design-based estimate (a class with procurements but no answers); null when there is one.</summary>
    public string? Problem { get; }

    /// <summary>Answers used.</summary>
    public int Answers { get; }

    /// <summary>Answers from the control sample.</summary>
    public int ControlAnswers { get; }

    /// <summary>Weighting classes after merging.</summary>
    public int Classes { get; }

    /// <summary>Kish's effective sample size of the weights, (Σw)² / Σw².</summary>
    public double EffectiveSampleSize { get; }

    /// <summary>The share of the whole population by count and by euros; null when <see cref="Problem"/> is set.</summary>
    public (ShareInterval Count, ShareInterval Euros)? Overall() =>
        Problem is not null ? null : Domain(Enumerable.Range(0, _units.Count), total: true);

    /// <summary>
    /// The share of the overall count share's bootstrap replicates at or above <paramref name="target"/>: where the
    /// interval lies against the target, not a probability that it is met. 0 before <see cref="Overall"/> ran.
    /// </summary>
    public double ReplicatesAtOrAbove(double target) => _overallCountDraws.Length == 0 ? 0 : _overallCountDraws.Count(x => x >= target) / (double)_overallCountDraws.Length;

    /// <summary>The share of each group of procurements, by count and by euros, from the group's own answers; groups without answers get no estimate.</summary>
    public IReadOnlyDictionary<string, (ShareInterval Count, ShareInterval Euros, int Answers)> Domains(Func<ProcurementUnit, string> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var result = new Dictionary<string, (ShareInterval, ShareInterval, int)>(StringComparer.Ordinal);
        foreach (var g in Enumerable.Range(0, _units.Count).GroupBy(i => group(_units[i])))
        {
            var answers = g.Count(i => _respondentOfUnit.ContainsKey(_units[i].Key));
            if (Problem is not null || answers == 0)
            {
                var none = ShareInterval.WithoutInterval(double.NaN, Problem is not null ? "No design-based estimate (see the year's)." : "No survey answers in this group.");
                result[g.Key] = (none, none, answers);
                continue;
            }

            var (count, euros) = Domain(g, total: false);
            result[g.Key] = (count, euros, answers);
        }

        return result;
    }

    private (ShareInterval Count, ShareInterval Euros) Domain(IEnumerable<int> unitIndices, bool total)
    {
        var respondents = unitIndices.Where(i => _respondentOfUnit.ContainsKey(_units[i].Key)).Select(i => _respondentOfUnit[_units[i].Key]).ToArray();
        var population = total ? _units.Count : 0;
        var point = Shares(respondents, _w, population);
        var countDraws = new double[_replicateWeights.Length];
        var euroDraws = new double[_replicateWeights.Length];
        for (var b = 0; b < _replicateWeights.Length; b++)
        {
            var weights = _replicateWeights[b];
            (countDraws[b], euroDraws[b]) = Shares(respondents, i => weights[i], population);
        }

        if (total)
        {
            _overallCountDraws = [.. countDraws];
        }

        var neff = Neff(respondents);
        return (Interval(point.Count, countDraws, neff), Interval(point.Euros, euroDraws, neff));
    }

    private (double Count, double Euros) Shares(int[] respondents, double[] weights, int population) => Shares(respondents, i => weights[i], population);

    private (double Count, double Euros) Shares(int[] respondents, Func<int, double> weight, int population)
    {
        double sw = 0, swy = 0, swv = 0, swyv = 0;
        foreach (var r in respondents)
        {
            var w = weight(r);
            var v = _euros[_respondentUnit[r]];
            sw += w;
            swv += w * v;
            if (_y[r])
            {
                swy += w;
                swyv += w * v;
            }
        }

        // Over the whole population the class weights add up to its size, so Σw·y / N and Σw·y / Σw agree.
        var count = population > 0 ? swy / population : sw > 0 ? swy / sw : 0;
        var euros = swv > 0 ? swyv / swv : count;
        return (count, euros);
    }

    private double Neff(int[] respondents)
    {
        double s = 0, s2 = 0;
        foreach (var r in respondents)
        {
            s += _w[r];
            s2 += _w[r] * _w[r];
        }

        return s2 > 0 ? s * s / s2 : 0;
    }

    /// <summary>
    /// The percentile interval of the replicates; when every replicate agrees (all answers alike), the exact
    /// binomial bound at the effective sample size instead, so no interval is ever zero-width.
    /// </summary>
    internal static ShareInterval Interval(double point, double[] draws, double effectiveSampleSize)
    {
        Array.Sort(draws);
        var low = Percentile(draws, 0.025);
        var high = Percentile(draws, 0.975);
        if (high - low < 1e-12)
        {
            var n = Math.Max(1, effectiveSampleSize);
            if (point <= 0.5)
            {
                low = point <= 1e-12 ? 0 : Math.Max(0, low);
                high = Math.Max(high, 1 - Math.Pow(0.025, 1 / n));
            }
            else
            {
                high = point >= 1 - 1e-12 ? 1 : Math.Min(1, high);
                low = Math.Min(low, Math.Pow(0.025, 1 / n));
            }

            return new ShareInterval(point, low, high)
            {
                Note = string.Create(CultureInfo.InvariantCulture, $"All {n:0} effective answers agree: the interval is the exact binomial bound."),
            };
        }

        return new ShareInterval(point, Math.Min(low, point), Math.Max(high, point));
    }

    internal static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
