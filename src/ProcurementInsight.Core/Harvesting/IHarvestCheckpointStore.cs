namespace ProcurementInsight.Core.Harvesting;

/// <summary>Durable checkpoints of incremental harvests.</summary>
public interface IHarvestCheckpointStore
{
    /// <summary>The stream's checkpoint, or null before its first completed window.</summary>
    Task<HarvestCheckpoint?> GetAsync(string stream, CancellationToken cancellationToken);

    /// <summary>Moves the checkpoint forward. A checkpoint never moves backwards.</summary>
    Task SaveAsync(HarvestCheckpoint checkpoint, CancellationToken cancellationToken);
}
