namespace ProcurementInsight.Core.Harvesting;

/// <summary>What a harvest run did.</summary>
/// <param name="Fetched">Notices read from HILMA.</param>
/// <param name="New">Notices stored for the first time.</param>
/// <param name="Updated">Notices replaced by a newer version.</param>
/// <param name="Unchanged">Notices already stored in the same or a newer version.</param>
/// <param name="Quarantined">Notices that could not be read; raw kept, reason recorded.</param>
public sealed record HarvestCounts(int Fetched, int New, int Updated, int Unchanged, int Quarantined)
{
    /// <summary>No notices.</summary>
    public static HarvestCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public HarvestCounts Add(HarvestCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Fetched + other.Fetched, New + other.New, Updated + other.Updated, Unchanged + other.Unchanged, Quarantined + other.Quarantined);
    }
}
