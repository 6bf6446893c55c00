namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// How the read endpoints serialise <c>hilmaStatistics</c>. The real eForms read shape has not been seen
/// (CONTRACTS.md A.9), so a client must accept both.
/// </summary>
public enum StatisticsShape
{
    /// <summary>An object keyed by lot id, <c>{"LOT-0001": {…}}</c>, as the write API and validator imply.</summary>
    KeyedByLot = 0,

    /// <summary>One flat statistics object (the OR over lots), as the legacy read API returns.</summary>
    Flat = 1,
}
