using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Storage.Tables;

/// <summary>Harvest checkpoints in the <c>HarvestCheckpoints</c> table (scheme: <see cref="CheckpointEntity"/>).</summary>
public sealed class TableHarvestCheckpointStore : IHarvestCheckpointStore
{
    private const int MaxAttempts = 10;

    private readonly TableClient _table;
    private readonly ILogger<TableHarvestCheckpointStore> _logger;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableHarvestCheckpointStore(TableServiceClient tables, StorageLayout layout, ILogger<TableHarvestCheckpointStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.HarvestCheckpoints);
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<HarvestCheckpoint?> GetAsync(string stream, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        var entity = await ReadAsync(stream, cancellationToken);
        return entity is null ? null : new HarvestCheckpoint(entity.Stream, entity.CompletedUntil, entity.UpdatedAt);
    }

    /// <inheritdoc />
    /// <remarks>A save whose <see cref="HarvestCheckpoint.CompletedUntil"/> is earlier than the stored one is ignored.</remarks>
    public async Task SaveAsync(HarvestCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var incoming = new CheckpointEntity
        {
            RowKey = TableKeys.Encode(checkpoint.Stream),
            Stream = checkpoint.Stream,
            CompletedUntil = checkpoint.CompletedUntil,
            UpdatedAt = checkpoint.UpdatedAt,
        };
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await ReadAsync(checkpoint.Stream, cancellationToken);
            if (stored is not null && stored.CompletedUntil > checkpoint.CompletedUntil)
            {
                Log.CheckpointNotMovedBack(_logger, checkpoint.Stream, stored.CompletedUntil, checkpoint.CompletedUntil);
                return;
            }

            try
            {
                if (stored is null)
                {
                    await _table.AddEntityAsync(incoming, cancellationToken);
                }
                else
                {
                    await _table.UpdateEntityAsync(incoming, stored.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another saver got there first: compare with what it wrote.
            }
        }

        throw new InvalidOperationException($"Checkpoint {checkpoint.Stream} kept changing; gave up after {MaxAttempts} attempts.");
    }

    private async Task<CheckpointEntity?> ReadAsync(string stream, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<CheckpointEntity>(CheckpointEntity.Partition, TableKeys.Encode(stream), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
