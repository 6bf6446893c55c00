using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// A quarantined notice, in the <c>QuarantinedNotices</c> table.
/// PartitionKey: the notice key (escaped by <see cref="TableKeys"/>; a key over 256 characters, which no
/// HILMA key is, as <c>~</c> and its SHA-256 in hex, and NoticeKey then holds its first 1,024 characters). RowKey: the payload's identity —
/// the first 16 hex of the SHA-256 of its raw location (which itself names the content hash), or
/// <c>no-raw</c> when the payload could not be archived. So quarantining the same key and payload again
/// replaces the record, a different payload of the same notice is kept beside it, and removing a key
/// is one partition's delete.
/// </summary>
internal sealed class QuarantineEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NoticeKey { get; set; } = string.Empty;

    public string? RawLocation { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset QuarantinedAt { get; set; }
}
