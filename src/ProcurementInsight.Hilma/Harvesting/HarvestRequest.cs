namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>What to harvest: an explicit range, or (both null) from the checkpoint to now.</summary>
/// <param name="From">Inclusive start; null continues from the checkpoint (less the overlap).</param>
/// <param name="To">Exclusive end; null is now.</param>
public sealed record HarvestRequest(DateTimeOffset? From = null, DateTimeOffset? To = null);
