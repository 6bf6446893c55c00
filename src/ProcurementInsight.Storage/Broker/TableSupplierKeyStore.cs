using Azure.Data.Tables;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// Supplier API keys in the <c>SupplierKeys</c> table, hashed. PartitionKey: <c>key</c>. RowKey: the lower-case
/// hex SHA-256 of the key (the key itself is never stored). Columns: <c>BusinessId</c>, <c>CreatedAt</c>.
/// </summary>
public sealed class TableSupplierKeyStore : ISupplierKeyStore
{
    private const string Partition = "key";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSupplierKeyStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SupplierKeys);
    }

    /// <inheritdoc />
    public async Task SaveAsync(SupplierKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _table.AddEntityAsync(new TableEntity(Partition, key.KeyHash) { ["BusinessId"] = key.BusinessId, ["CreatedAt"] = key.CreatedAt }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SupplierKey?> FindAsync(string keyHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyHash);
        if (keyHash.Length != 64 || !keyHash.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, keyHash, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new SupplierKey(keyHash, entity.GetString("BusinessId") ?? string.Empty, entity.GetDateTimeOffset("CreatedAt") ?? default)
            : null;
    }
}
