using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// The weights of survey answers under the survey design: 1 / inclusion probability, scaled within each
/// <see cref="WeightingClasses"/> class (merged until it has enough answers) to the class's number of
/// procurements. Used by the design-based estimator and, scaled to mean 1, by the classifier's training and
/// correction rates, so both read the answers as the design drew them.
/// </summary>
public sealed class DesignWeights
{
    private DesignWeights(IReadOnlyList<int[]> classes, int[] respondentUnit, double[] inverseProbability, double[] weights, string? problem, Dictionary<string, int> respondentOfUnit)
    {
        Classes = classes;
        RespondentUnit = respondentUnit;
        InverseProbability = inverseProbability;
        Weights = weights;
        Problem = problem;
        RespondentOfUnit = respondentOfUnit;
    }

    /// <summary>Each class's members, as indices of the units.</summary>
    public IReadOnlyList<int[]> Classes { get; }

    /// <summary>Why some procurements cannot be represented (a class group with procurements but no answers); null when all can.</summary>
    public string? Problem { get; }

    /// <summary>For each respondent, the index of its unit.</summary>
    internal int[] RespondentUnit { get; }

    /// <summary>For each respondent, 1 / its inclusion probability.</summary>
    internal double[] InverseProbability { get; }

    /// <summary>For each respondent, its weight (class weights add up to the class's procurements).</summary>
    internal double[] Weights { get; }

    /// <summary>Respondent index by unit key.</summary>
    internal Dictionary<string, int> RespondentOfUnit { get; }

    /// <summary>The weight of each answered procurement by key, scaled to average 1 over the answers (for training and correction rates).</summary>
    public IReadOnlyDictionary<string, double> Normalised(IReadOnlyList<ProcurementUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var mean = Weights.Length > 0 ? Weights.Average() : 1;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < Weights.Length; r++)
        {
            result[units[RespondentUnit[r]].Key] = Weights[r] / mean;
        }

        return result;
    }

    /// <summary>Builds the classes and weights; respondents of procurements outside <paramref name="units"/> are ignored, and a procurement answered twice counts once.</summary>
    public static DesignWeights Compute(IReadOnlyList<ProcurementUnit> units, IReadOnlyList<DesignRespondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(respondents);
        var index = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            index[units[i].Key] = i;
        }

        var answered = respondents
            .Where(r => index.ContainsKey(r.UnitKey) && r.InclusionProbability > 0)
            .GroupBy(r => r.UnitKey, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var respondentUnit = answered.Select(r => index[r.UnitKey]).ToArray();
        var d = answered.Select(r => 1.0 / Math.Min(1.0, r.InclusionProbability)).ToArray();
        var respondentOfUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < answered.Count; r++)
        {
            respondentOfUnit[answered[r].UnitKey] = r;
        }

        var keys = units.Select(WeightingClasses.Keys).ToArray();
        var respondentAt = new bool[units.Count];
        foreach (var u in respondentUnit)
        {
            respondentAt[u] = true;
        }

        var classes = new List<int[]>();
        var problems = new List<string>();
        foreach (var group in Enumerable.Range(0, units.Count).GroupBy(i => keys[i][WeightingClasses.Levels - 1]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (!members.Any(i => respondentAt[i]))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"none of the {members.Count} {(group.Key == "flagged-like" ? "flagged" : "unflagged")} procurements has a survey answer"));
                continue;
            }

            Split(members, WeightingClasses.Levels - 1, keys, respondentAt, classes);
        }

        var problem = problems.Count == 0 ? null
            : string.Join("; ", problems) + (problems.Any(p => p.Contains("unflagged", StringComparison.Ordinal))
                ? ": the share among procurements nobody flagged is unknown until the control sample has answers"
                : string.Empty);

        var weights = new double[answered.Count];
        foreach (var members in classes)
        {
            var inClass = members.Where(i => respondentAt[i]).Select(i => respondentOfUnit[units[i].Key]).ToArray();
            var sumD = inClass.Sum(r => d[r]);
            foreach (var r in inClass)
            {
                weights[r] = d[r] * members.Length / sumD;
            }
        }

        // Answers in a class group without a class (none: every group with answers got classes) keep weight 0.
        return new DesignWeights(classes, respondentUnit, d, weights, problem, respondentOfUnit);
    }

    private static void Split(List<int> members, int level, string[][] keys, bool[] respondentAt, List<int[]> classes)
    {
        if (level == 0)
        {
            classes.Add([.. members]);
            return;
        }

        var children = members.GroupBy(i => keys[i][level - 1]).Select(g => g.ToList()).ToList();
        int Answers(List<int> set) => set.Count(i => respondentAt[i]);
        var good = children.Where(c => Answers(c) >= WeightingClasses.MinimumRespondents).OrderByDescending(Answers).ThenBy(c => keys[c[0]][level - 1], StringComparer.Ordinal).ToList();
        var rest = children.Where(c => Answers(c) < WeightingClasses.MinimumRespondents).SelectMany(c => c).ToList();
        while (rest.Count > 0 && Answers(rest) < WeightingClasses.MinimumRespondents && good.Count > 0)
        {
            rest.AddRange(good[^1]);
            good.RemoveAt(good.Count - 1);
        }

        foreach (var child in good)
        {
            Split(child, level - 1, keys, respondentAt, classes);
        }

        if (rest.Count > 0)
        {
            classes.Add([.. rest]);
        }
    }
}
