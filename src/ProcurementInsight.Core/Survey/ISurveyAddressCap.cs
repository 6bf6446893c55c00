namespace ProcurementInsight.Core.Survey;

/// <summary>The per-address cap's counter: how many procedures have arrived for an address in a quarter.</summary>
public interface ISurveyAddressCap
{
    /// <summary>
    /// The procedure's rank k (1, 2, …) among the procedures that arrived for the address in the quarter. The first
    /// call for a procedure takes the next rank atomically; later calls return the same rank.
    /// </summary>
    Task<int> RankAsync(SurveyCapSlot slot, CancellationToken cancellationToken);
}
