using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// Supplier profiles in the <c>SupplierProfiles</c> table.
/// PartitionKey: <c>p0</c>…<c>pf</c>, the first hex digit of the SHA-256 of the profile key, so a rebuild
/// writes in 16 partitions with batch transactions. RowKey: the profile key (escaped by <see cref="TableKeys"/>).
/// The profile is JSON in <c>Json</c> columns. One more row, PartitionKey <c>meta</c>, RowKey <c>version</c>,
/// holds the version stamp of the set, written last on every replace.
/// </summary>
public sealed class TableSupplierProfileStore : ISupplierProfileStore
{
    private const string MetaPartition = "meta";
    private const string VersionRow = "version";
    private const int MaxBatchChars = 1_500_000;

    private readonly TableClient _table;
    private readonly TimeProvider _time;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSupplierProfileStore(TableServiceClient tables, StorageLayout layout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SupplierProfiles);
        _time = time;
    }

    /// <inheritdoc />
    public async Task<string> ReplaceAllAsync(IReadOnlyList<SupplierProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var wanted = new HashSet<(string, string)>();
        foreach (var partition in profiles.Select(p => BrokerJson.Entity(Partition(p.Key), TableKeys.Encode(p.Key), p)).GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            var chars = 0;
            foreach (var entity in partition)
            {
                wanted.Add((entity.PartitionKey, entity.RowKey));
                var size = ((IDictionary<string, object>)entity).Values.OfType<string>().Sum(s => s.Length);
                if (batch.Count > 0 && (batch.Count == TableNoticeStore.MaxTransactionOperations || chars + size > MaxBatchChars))
                {
                    await _table.SubmitTransactionAsync(batch, cancellationToken);
                    batch.Clear();
                    chars = 0;
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                chars += size;
            }

            if (batch.Count > 0)
            {
                await _table.SubmitTransactionAsync(batch, cancellationToken);
            }
        }

        // Profiles no longer built (a supplier now joined to another by its business id) are removed.
        var stale = new List<(string PartitionKey, string RowKey)>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey != MetaPartition, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!wanted.Contains((row.PartitionKey, row.RowKey)))
            {
                stale.Add((row.PartitionKey, row.RowKey));
            }
        }

        foreach (var (partitionKey, rowKey) in stale)
        {
            try
            {
                await _table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone: another rebuild removed it.
            }
        }

        var version = string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow():yyyyMMddHHmmssfff}-{profiles.Count}");
        await _table.UpsertEntityAsync(new TableEntity(MetaPartition, VersionRow) { ["Version"] = version }, TableUpdateMode.Replace, cancellationToken);
        return version;
    }

    /// <inheritdoc />
    public async Task<SupplierProfile?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition(key), TableKeys.Encode(key), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? BrokerJson.Read<SupplierProfile>(entity) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SupplierProfile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey != MetaPartition, cancellationToken: cancellationToken))
        {
            if (BrokerJson.Read<SupplierProfile>(entity) is { } profile)
            {
                yield return profile;
            }
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(MetaPartition, VersionRow, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? entity.GetString("Version") : null;
    }

    private static string Partition(string key) =>
        "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[0];
}
