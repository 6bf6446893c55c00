namespace ProcurementInsight.Core.Survey;

/// <summary>
/// The control sample's design for one year: the probability with which an unflagged procedure of each
/// stratum is drawn. Computed once per year from a reference year's procurements and stored, so every
/// instance draws with the same rates.
/// </summary>
/// <param name="Method">How the rates were computed, in one sentence.</param>
/// <param name="Year">The year whose procedures are drawn with these rates.</param>
/// <param name="ReferenceYear">The year whose procurements sized the strata.</param>
/// <param name="TargetSize">The control procedures wanted in the year.</param>
/// <param name="Rates">The rate of every stratum seen in the reference year.</param>
/// <param name="DefaultRate">The rate of a stratum not seen in the reference year: the target over every unflagged procurement, within the floor and 1.</param>
/// <param name="ExpectedSize">The control procedures expected in the year under these rates.</param>
public sealed record ControlAllocation(
    string Method,
    int Year,
    int ReferenceYear,
    int TargetSize,
    IReadOnlyDictionary<string, double> Rates,
    double DefaultRate,
    double ExpectedSize)
{
    /// <summary>The strata with their sizes, rates and expected samples, largest expected sample first.</summary>
    public IReadOnlyList<ControlStratum> Strata { get; init; } = [];

    /// <summary>What one observed reference procurement stands for in a year: above 1 when only part of the reference year was stored.</summary>
    public double PopulationScale { get; init; } = 1;

    /// <summary>The rate of a stratum: its own, or <see cref="DefaultRate"/> when the reference year did not have it.</summary>
    public double RateOf(string stratum)
    {
        ArgumentNullException.ThrowIfNull(stratum);
        return Rates.TryGetValue(stratum, out var rate) ? rate : DefaultRate;
    }
}
