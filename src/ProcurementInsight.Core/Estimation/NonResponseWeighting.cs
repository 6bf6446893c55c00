using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Weighting-class adjustment for survey non-response: each respondent stands for the surveyed procurements
/// of its class that did not answer. Classes are sector × CPV division × value band; a class with fewer than
/// <see cref="MinimumRespondents"/> respondents is merged upwards (sector × value band, then sector, then
/// all), so no weight rests on a handful of answers.
/// </summary>
public static class NonResponseWeighting
{
    /// <summary>The fewest respondents a class needs to be weighted on its own.</summary>
    public const int MinimumRespondents = 5;

    /// <summary>The method in one sentence, for the model card and the estimate.</summary>
    public const string Method =
        "Survey answers are weighted by the inverse response rate of their class (sector × CPV division × value band, "
        + "merged into sector × value band, sector, or all when a class has fewer than 5 respondents); weights are scaled to average 1.";

    /// <summary>The weight of each respondent by key, scaled so the weights average 1 over respondents.</summary>
    public static IReadOnlyDictionary<string, double> Compute(IEnumerable<SurveyedUnit> surveyed)
    {
        ArgumentNullException.ThrowIfNull(surveyed);
        var units = surveyed.ToList();
        Func<SurveyedUnit, string>[] levels =
        [
            u => string.Create(CultureInfo.InvariantCulture, $"{u.Sector}|{u.CpvDivision}|{u.SizeBand}"),
            u => string.Create(CultureInfo.InvariantCulture, $"{u.Sector}|{u.SizeBand}"),
            u => u.Sector.ToString(),
            _ => "all",
        ];
        var tallies = levels.Select(level => units.GroupBy(level).ToDictionary(g => g.Key, g => (Surveyed: g.Count(), Answered: g.Count(u => u.Answered)), StringComparer.Ordinal)).ToArray();
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var unit in units.Where(u => u.Answered))
        {
            for (var l = 0; l < levels.Length; l++)
            {
                var (all, answered) = tallies[l][levels[l](unit)];
                if (answered >= MinimumRespondents || l == levels.Length - 1)
                {
                    weights[unit.Key] = (double)all / answered;
                    break;
                }
            }
        }

        var mean = weights.Count > 0 ? weights.Values.Average() : 1;
        return weights.ToDictionary(kv => kv.Key, kv => kv.Value / mean, StringComparer.Ordinal);
    }
}
