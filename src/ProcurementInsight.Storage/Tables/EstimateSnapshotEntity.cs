using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// One dated estimate in the <c>EstimateSnapshots</c> table. PartitionKey: <c>&lt;year&gt;-&lt;definition&gt;</c>
/// (e.g. <c>2025-market</c>); RowKey: the snapshot date <c>yyyy-MM-dd</c>, so a partition lists oldest first and
/// a second snapshot of the same day replaces the first (upsert by natural key).
/// </summary>
internal sealed class EstimateSnapshotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The estimate as gzip-compressed camelCase JSON (breakdowns make it too long for a string column).</summary>
    public byte[] EstimateJson { get; set; } = [];
}
