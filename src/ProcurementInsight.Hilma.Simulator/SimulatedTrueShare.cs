using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The simulator's hidden innovative share of one year's procurements under one definition: what the share
/// estimate tries to find, over the same procurement units it counts (<see cref="ProcurementUnits.From"/>).
/// </summary>
/// <param name="Year">The year of first publication.</param>
/// <param name="Definition">The definition's name (<c>market</c>, <c>buyer</c>, <c>any</c>).</param>
/// <param name="Procurements">Procurement units first published in the year.</param>
/// <param name="Innovative">Of those, the ones truly innovative under the definition.</param>
/// <param name="CountShare"><paramref name="Innovative"/> / <paramref name="Procurements"/>.</param>
/// <param name="Euros">The year's euros: each unit's awarded total, else its estimated value, else <paramref name="MedianEuros"/>.</param>
/// <param name="InnovativeEuros">The euros of the truly innovative units, counted the same way.</param>
/// <param name="EuroShare"><paramref name="InnovativeEuros"/> / <paramref name="Euros"/>.</param>
/// <param name="WithoutValue">Units with neither an awarded nor an estimated value, each weighted by <paramref name="MedianEuros"/>.</param>
/// <param name="MedianEuros">The median value of the year's units that have one.</param>
public sealed record SimulatedTrueShare(
    int Year,
    string Definition,
    int Procurements,
    int Innovative,
    double CountShare,
    decimal Euros,
    decimal InnovativeEuros,
    double EuroShare,
    int WithoutValue,
    decimal MedianEuros)
{
    /// <summary>The hidden share of <paramref name="year"/>'s units; null when the year has none.</summary>
    /// <param name="corpus">The corpus the units were harvested from (it knows their truth).</param>
    /// <param name="units">Procurement units of the harvested corpus (any years; the year's are taken).</param>
    /// <param name="year">The year of first publication.</param>
    /// <param name="definition">The definition to read the truth under.</param>
    public static SimulatedTrueShare? Of(SimulatedCorpus corpus, IEnumerable<ProcurementUnit> units, int year, ShareDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(units);
        var ofYear = units.Where(u => u.Year == year).ToList();
        if (ofYear.Count == 0)
        {
            return null;
        }

        var median = Median([.. ofYear.Where(u => u.Euros is not null).Select(u => u.Euros!.Value)]); // Filtered to non-null just before.
        int innovative = 0, withoutValue = 0;
        decimal euros = 0, innovativeEuros = 0;
        foreach (var unit in ofYear)
        {
            var value = unit.Euros ?? median;
            withoutValue += unit.Euros is null ? 1 : 0;
            euros += value;

            // Truth is drawn per procedure, so any notice of the unit tells it; the first is the unit's key.
            if (corpus.Truth(unit.Key).IsInnovative(definition))
            {
                innovative++;
                innovativeEuros += value;
            }
        }

        return new SimulatedTrueShare(
            year,
            ShareDefinitions.Name(definition),
            ofYear.Count,
            innovative,
            innovative / (double)ofYear.Count,
            euros,
            innovativeEuros,
            euros == 0 ? 0 : (double)(innovativeEuros / euros),
            withoutValue,
            median);
    }

    private static decimal Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
