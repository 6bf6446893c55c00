namespace ProcurementInsight.Core.Estimation;

/// <summary>Every procurement's value in euros, known or imputed.</summary>
/// <param name="Euros">The values, parallel to the procurements given.</param>
/// <param name="Imputed">True where the value was imputed.</param>
public sealed record ImputedEuros(IReadOnlyList<double> Euros, IReadOnlyList<bool> Imputed)
{
    /// <summary>Share of the total euros that was imputed.</summary>
    public double ImputedShareOfEuros
    {
        get
        {
            double total = 0, imputed = 0;
            for (var i = 0; i < Euros.Count; i++)
            {
                total += Euros[i];
                imputed += Imputed[i] ? Euros[i] : 0;
            }

            return total > 0 ? imputed / total : 0;
        }
    }

    /// <summary>Share of procurements whose value is known.</summary>
    public double ValueCoverage => Imputed.Count == 0 ? 0 : (double)Imputed.Count(i => !i) / Imputed.Count;
}
