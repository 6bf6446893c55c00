using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// Buyer needs in the <c>BuyerNeeds</c> table. PartitionKey: <c>need</c>. RowKey: the need id (a time-ordered
/// UUID v7 in hex, so rows list oldest first). The need is JSON in <c>Json</c>; <c>Organisation</c> is also a column.
/// </summary>
public sealed class TableNeedStore : INeedStore
{
    private const string Partition = "need";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableNeedStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.BuyerNeeds);
    }

    /// <inheritdoc />
    public async Task SaveAsync(Need need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        var entity = BrokerJson.Entity(Partition, TableKeys.Encode(need.Id), need);
        entity["Organisation"] = need.Organisation;
        await _table.AddEntityAsync(entity, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Need?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > 100)
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(id), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? BrokerJson.Read<Need>(entity) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Need> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            if (BrokerJson.Read<Need>(entity) is { } need)
            {
                yield return need;
            }
        }
    }
}
