using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// A harvest checkpoint, in the <c>HarvestCheckpoints</c> table.
/// PartitionKey: <c>checkpoint</c> (all checkpoints together: there are a handful). RowKey: the stream
/// name (escaped by <see cref="TableKeys"/>), e.g. <c>hilma-eformnotices</c>.
/// Updated only under its ETag, so it never moves backwards even with concurrent savers.
/// </summary>
internal sealed class CheckpointEntity : ITableEntity
{
    public const string Partition = "checkpoint";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Stream { get; set; } = string.Empty;

    public DateTimeOffset CompletedUntil { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
