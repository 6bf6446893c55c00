using System.Globalization;

namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// Fills in missing values with the median known value of the same CPV division × notice type (falling back
/// to the division, then to all procurements) when that class has at least <see cref="MinimumKnown"/> values.
/// </summary>
public static class EuroImputation
{
    /// <summary>The fewest known values a class needs to lend its median.</summary>
    public const int MinimumKnown = 3;

    /// <summary>The method in one sentence.</summary>
    public const string Method = "Missing values are imputed with the median known value of the same CPV division × notice type (else division, else all).";

    /// <summary>Imputes the missing values of <paramref name="units"/>.</summary>
    public static ImputedEuros Impute(IReadOnlyList<ProcurementUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        Func<ProcurementUnit, string>[] levels =
        [
            u => string.Create(CultureInfo.InvariantCulture, $"{u.CpvDivision}|{u.NoticeType}"),
            u => u.CpvDivision ?? "?",
            _ => "all",
        ];
        var medians = levels.Select(level => units.Where(u => u.Euros is not null)
            .GroupBy(level)
            .Where(g => g.Count() >= MinimumKnown)
            .ToDictionary(g => g.Key, g => Median(g.Select(u => (double)u.Euros!.Value)), StringComparer.Ordinal)).ToArray();
        var euros = new double[units.Count];
        var imputed = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Euros is { } known)
            {
                euros[i] = (double)known;
                continue;
            }

            imputed[i] = true;
            for (var l = 0; l < levels.Length; l++)
            {
                if (medians[l].TryGetValue(levels[l](units[i]), out var median))
                {
                    euros[i] = median;
                    break;
                }
            }
        }

        return new ImputedEuros(euros, imputed);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
