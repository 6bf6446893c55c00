using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Storage.Tables;

/// <summary>The dated estimate snapshots in the <c>EstimateSnapshots</c> table (scheme: <see cref="EstimateSnapshotEntity"/>).</summary>
public sealed class TableEstimateSnapshotStore : IEstimateSnapshotStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableEstimateSnapshotStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.EstimateSnapshots);
    }

    /// <inheritdoc />
    public async Task SaveAsync(EstimateSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, snapshot.Estimate, Json, cancellationToken);
        }

        var entity = new EstimateSnapshotEntity
        {
            PartitionKey = Partition(snapshot.Estimate.Year, snapshot.Estimate.Definition),
            RowKey = snapshot.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EstimateJson = buffer.ToArray(),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EstimateSnapshot>> ListAsync(int year, ShareDefinition definition, CancellationToken cancellationToken)
    {
        var partition = Partition(year, ShareDefinitions.Name(definition));
        var snapshots = new List<EstimateSnapshot>();
        try
        {
            await foreach (var entity in _table.QueryAsync<EstimateSnapshotEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                using var gzip = new GZipStream(new MemoryStream(entity.EstimateJson), CompressionMode.Decompress);
                var estimate = await JsonSerializer.DeserializeAsync<ShareEstimate>(gzip, Json, cancellationToken)
                    ?? throw new InvalidDataException($"Snapshot {partition}/{entity.RowKey} is empty.");
                snapshots.Add(new EstimateSnapshot(DateOnly.ParseExact(entity.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture), estimate));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No snapshot was ever published: the table does not exist yet.
            return [];
        }

        return snapshots;
    }

    private static string Partition(int year, string definition) => string.Create(CultureInfo.InvariantCulture, $"{year}-{definition}");
}
