using System.Globalization;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// Allocates the control sample of unflagged procedures to the survey strata (sector × CPV division × value
/// band) by a compromise Neyman allocation: half of the target in proportion to N_h·S_h, where S_h is the
/// standard deviation of "innovative" under a prior share, which serves the count share; half in proportion to
/// N_h·S_h·√mean(v²)_h, the standard deviation of innovative euros, which serves the euro share. Rates are
/// capped at 1 and floored at a minimum, and the budget a capped or floored stratum cannot use goes to the others.
/// Pure and deterministic.
/// </summary>
public static class ControlAllocator
{
    /// <summary>The reference year for <paramref name="year"/>: the year before when any of its procurements is among <paramref name="units"/>, else the year itself (what is stored of it so far).</summary>
    public static int ReferenceYear(int year, IEnumerable<ProcurementUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.Any(u => u.Year == year - 1) ? year - 1 : year;
    }

    /// <summary>
    /// The rates for <paramref name="year"/> from the unflagged procurements of <paramref name="referenceYear"/>
    /// among <paramref name="units"/> (others are ignored). When the reference procurements span only part of
    /// their year, each stands for proportionally more (<see cref="ControlAllocation.PopulationScale"/>).
    /// </summary>
    /// <param name="year">The year drawn with these rates.</param>
    /// <param name="referenceYear">The year whose procurements size the strata.</param>
    /// <param name="units">Procurements; those of other years than <paramref name="referenceYear"/> are ignored.</param>
    /// <param name="flagged">True for a procurement the buyer flagged as innovative (surveyed in the flagged census, not in the control sample).</param>
    /// <param name="targetSize">Control procedures wanted in the year; 0 for none.</param>
    /// <param name="priorShare">The prior innovative share of unflagged procedures, in (0, 1).</param>
    /// <param name="minimumRate">The floor of every stratum's rate, in (0, 1].</param>
    public static ControlAllocation Allocate(
        int year,
        int referenceYear,
        IEnumerable<ProcurementUnit> units,
        Func<ProcurementUnit, bool> flagged,
        int targetSize,
        double priorShare = 0.05,
        double minimumRate = 0.02)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(flagged);
        ArgumentOutOfRangeException.ThrowIfNegative(targetSize);
        if (!(priorShare is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(priorShare), priorShare, "The prior share must be between 0 and 1.");
        }

        if (!(minimumRate is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumRate), minimumRate, "The minimum rate must be above 0 and at most 1.");
        }

        var reference = units.Where(u => u.Year == referenceYear).ToList();
        var unflagged = reference.Where(u => !flagged(u)).ToList();
        var scale = PopulationScale(reference, referenceYear);
        var strata = unflagged
            .GroupBy(u => u.Stratum, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Units: g.ToList()))
            .ToList();
        if (targetSize == 0)
        {
            return new ControlAllocation(
                "No control sample: the target size is 0.", year, referenceYear, 0,
                strata.ToDictionary(s => s.Key, _ => 0.0, StringComparer.Ordinal), 0, 0)
            {
                Strata = [.. strata.Select(s => new ControlStratum(s.Key, s.Units.Count, 0, 0))],
                PopulationScale = scale,
            };
        }

        var sizes = strata.Select(s => s.Units.Count * scale).ToArray();
        var weights = Weights(strata.Select(s => s.Units).ToList(), sizes, Math.Sqrt(priorShare * (1 - priorShare)));
        var rates = Rates(sizes, weights, targetSize, minimumRate);
        var total = sizes.Sum();
        var defaultRate = total > 0 ? Math.Clamp(targetSize / total, minimumRate, 1) : 1;
        var allocated = strata.Select((s, i) => new ControlStratum(s.Key, s.Units.Count, rates[i], rates[i] * sizes[i])).ToList();
        var method = string.Create(CultureInfo.InvariantCulture,
            $"Compromise Neyman allocation of {targetSize} unflagged procedures over {strata.Count} strata (sector × CPV division × value band) of {referenceYear}, half in proportion to N_h·S_h with S_h = √(p(1−p)) at a prior innovative share p = {priorShare:0.###} and half in proportion to N_h·S_h·√mean(euros²)_h (unknown values imputed with the stratum median), each rate at most 1 and at least {minimumRate:0.###}, unseen strata at {defaultRate:0.####}.");
        return new ControlAllocation(
            method, year, referenceYear, targetSize,
            allocated.ToDictionary(s => s.Stratum, s => s.Rate, StringComparer.Ordinal),
            defaultRate,
            allocated.Sum(s => s.ExpectedSample))
        {
            Strata = [.. allocated.OrderByDescending(s => s.ExpectedSample).ThenBy(s => s.Stratum, StringComparer.Ordinal)],
            PopulationScale = scale,
        };
    }

    /// <summary>Each stratum's share of the target: the mean of its count-Neyman and euro-Neyman shares.</summary>
    private static double[] Weights(List<List<ProcurementUnit>> strata, double[] sizes, double deviation)
    {
        var overallMedian = Median(strata.SelectMany(s => s).Where(u => u.Euros is not null).Select(u => (double)u.Euros!.Value).ToList()) ?? 1;
        var count = new double[strata.Count];
        var euros = new double[strata.Count];
        for (var i = 0; i < strata.Count; i++)
        {
            var known = strata[i].Where(u => u.Euros is not null).Select(u => (double)u.Euros!.Value).ToList();
            var imputed = Median(known) ?? overallMedian;
            var meanSquare = strata[i].Average(u => u.Euros is { } v ? (double)v * (double)v : imputed * imputed);
            count[i] = sizes[i] * deviation;
            euros[i] = sizes[i] * deviation * Math.Sqrt(meanSquare);
        }

        var countTotal = count.Sum();
        var euroTotal = euros.Sum();
        return [.. count.Select((c, i) => ((c / countTotal) + (euroTotal > 0 ? euros[i] / euroTotal : c / countTotal)) / 2)];
    }

    /// <summary>Rates n_h/N_h within [floor, 1]; strata at a bound are fixed and the rest share what is left, until none crosses a bound.</summary>
    private static double[] Rates(double[] sizes, double[] weights, int target, double floor)
    {
        var rates = new double[sizes.Length];
        var fixedAt = new bool[sizes.Length];
        while (true)
        {
            var free = Enumerable.Range(0, sizes.Length).Where(i => !fixedAt[i]).ToList();
            if (free.Count == 0)
            {
                return rates;
            }

            var remaining = target - Enumerable.Range(0, sizes.Length).Where(i => fixedAt[i]).Sum(i => rates[i] * sizes[i]);
            var weight = free.Sum(i => weights[i]);
            var proposed = free.ToDictionary(i => i, i => remaining * weights[i] / weight / sizes[i]);

            // Capped strata first: the budget they release may lift others above the floor.
            var bound = free.Where(i => proposed[i] >= 1).ToList();
            var value = 1.0;
            if (bound.Count == 0)
            {
                bound = [.. free.Where(i => proposed[i] < floor)];
                value = floor;
            }

            if (bound.Count == 0)
            {
                free.ForEach(i => rates[i] = proposed[i]);
                return rates;
            }

            bound.ForEach(i => (rates[i], fixedAt[i]) = (value, true));
        }
    }

    /// <summary>How many procurements of a year one observed reference procurement stands for: the year's days over the days the reference spans.</summary>
    private static double PopulationScale(List<ProcurementUnit> reference, int year)
    {
        if (reference.Count == 0)
        {
            return 1;
        }

        var first = reference.Min(u => u.Published.UtcDateTime.Date);
        var last = reference.Max(u => u.Published.UtcDateTime.Date);
        var observed = (last - first).TotalDays + 1;
        var days = DateTime.IsLeapYear(year) ? 366 : 365;

        // A year harvested throughout still has quiet days at its ends; only a clearly partial year is scaled up.
        return observed >= days * 0.9 ? 1 : days / observed;
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
