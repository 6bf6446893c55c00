using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Storage.Broker;

/// <summary>
/// The supplier view's audit in the <c>SupplierAccessAudit</c> table. PartitionKey: the business id. RowKey:
/// 19-digit inverted ticks of the time (newest first) and a random suffix. Columns: <c>KeyId</c>, <c>At</c>,
/// <c>NeedIds</c> and <c>NoticeKeys</c> (space-separated; ids and keys hold no spaces). No personal data.
/// </summary>
public sealed class TableSupplierAccessAudit : ISupplierAccessAudit
{
    private readonly TableClient _table;

    /// <summary>Creates the audit on the layout's table.</summary>
    public TableSupplierAccessAudit(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SupplierAccessAudit);
    }

    /// <inheritdoc />
    public async Task RecordAsync(SupplierAccessRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - record.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var entity = new TableEntity(record.BusinessId, rowKey)
        {
            ["KeyId"] = record.KeyId,
            ["At"] = record.At,
            ["NeedIds"] = string.Join(' ', record.NeedIds),
            ["NoticeKeys"] = string.Join(' ', record.NoticeKeys),
        };
        await _table.AddEntityAsync(entity, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SupplierAccessRecord> ListAsync(string businessId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(businessId);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == businessId, cancellationToken: cancellationToken))
        {
            yield return new SupplierAccessRecord(
                entity.GetString("KeyId") ?? string.Empty,
                entity.PartitionKey,
                entity.GetDateTimeOffset("At") ?? default,
                Split(entity.GetString("NeedIds")),
                Split(entity.GetString("NoticeKeys")));
        }
    }

    private static string[] Split(string? joined) => (joined ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
