using Azure.Data.Tables;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// Company register answers in the <c>CompanyRegisterCache</c> table.
/// PartitionKey: <c>prh</c>. RowKey: the business id (<c>1234567-8</c>). The entry is JSON in <c>Json</c>;
/// <c>RetrievedAt</c> is also a column so stale entries can be found by query.
/// </summary>
public sealed class TableCompanyRegisterCache : ICompanyRegisterCache
{
    private const string Partition = "prh";
    private readonly TableClient _table;

    /// <summary>Creates the cache on the layout's table.</summary>
    public TableCompanyRegisterCache(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.CompanyRegisterCache);
    }

    /// <inheritdoc />
    public async Task<CompanyRegisterEntry?> GetAsync(string businessId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(businessId);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(businessId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? BrokerJson.Read<CompanyRegisterEntry>(entity) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(CompanyRegisterEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = BrokerJson.Entity(Partition, TableKeys.Encode(entry.BusinessId), entry);
        entity["RetrievedAt"] = entry.RetrievedAt;
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
