using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// One harvest run, in the <c>HarvestRuns</c> table.
/// PartitionKey: <c>runs</c> (one partition: a few runs a day for years stays small, and "most recent
/// N" is then one ordered query). RowKey: <c>&lt;DateTimeOffset.MaxValue.UtcTicks − StartedAt.UtcTicks,
/// 19 digits&gt;|&lt;RunId&gt;</c>, so rows sort newest first and a run's record is found again from its
/// own start time and id: recording it at its end replaces the row in place.
/// </summary>
internal sealed class HarvestRunEntity : ITableEntity
{
    public const string Partition = "runs";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RunId { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public string Status { get; set; } = string.Empty;

    public int Fetched { get; set; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Quarantined { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Error { get; set; }

    public static string RowKeyOf(DateTimeOffset startedAt, string runId) =>
        (DateTimeOffset.MaxValue.UtcTicks - startedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + TableKeys.Encode(runId);
}
