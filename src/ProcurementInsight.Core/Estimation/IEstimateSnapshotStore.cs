namespace ProcurementInsight.Core.Estimation;

/// <summary>The dated estimate snapshots the daily publication writes.</summary>
public interface IEstimateSnapshotStore
{
    /// <summary>Saves a snapshot; a second snapshot of the same day, year and definition replaces the first.</summary>
    Task SaveAsync(EstimateSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Every snapshot of a year and definition, oldest first.</summary>
    Task<IReadOnlyList<EstimateSnapshot>> ListAsync(int year, ShareDefinition definition, CancellationToken cancellationToken);
}
