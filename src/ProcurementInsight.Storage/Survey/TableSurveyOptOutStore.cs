using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// Opted-out addresses in the <c>SurveyOptOuts</c> table. PartitionKey: the address's
/// <see cref="SurveyAddressKey.Key"/>, the HMAC-SHA256 (hex) of the address trimmed and in lower case
/// under the secret <c>Survey:OptOutKey</c>, so the table holds no address and no hash anyone can
/// recompute from a public address. RowKey: <c>opt-out</c>. Column <c>OptedOutAt</c>.
/// Rows written before the key existed are keyed by the bare SHA-256 (<see cref="SurveyAddressKey.LegacyKey"/>);
/// they are read, never written, so those opt-outs keep holding without a migration (the table holds no
/// addresses to re-key them from).
/// </summary>
public sealed class TableSurveyOptOutStore : ISurveyOptOutStore
{
    private const string Row = "opt-out";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyOptOutStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyOptOuts);
    }

    /// <inheritdoc />
    public async Task AddAsync(SurveyAddressKey address, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var entity = new TableEntity(address.Key, Row) { ["OptedOutAt"] = at };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(SurveyAddressKey address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return await ExistsAsync(address.Key, cancellationToken) || await ExistsAsync(address.LegacyKey, cancellationToken);
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(key, Row, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return response.HasValue;
    }
}
