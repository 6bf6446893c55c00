using Azure.Data.Tables;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Storage.Tables;

/// <summary>The harvest run log in the <c>HarvestRuns</c> table (scheme: <see cref="HarvestRunEntity"/>).</summary>
public sealed class TableHarvestRunLog : IHarvestRunLog
{
    private const int MaxErrorChars = 32_000;

    private readonly TableClient _table;

    /// <summary>Creates the log on the layout's table.</summary>
    public TableHarvestRunLog(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.HarvestRuns);
    }

    /// <inheritdoc />
    public async Task RecordAsync(HarvestRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var entity = new HarvestRunEntity
        {
            RowKey = HarvestRunEntity.RowKeyOf(run.StartedAt, run.RunId),
            RunId = run.RunId,
            StartedAt = run.StartedAt,
            From = run.From,
            To = run.To,
            Status = run.Status.ToString(),
            Fetched = run.Counts.Fetched,
            New = run.Counts.New,
            Updated = run.Counts.Updated,
            Unchanged = run.Counts.Unchanged,
            Quarantined = run.Counts.Quarantined,
            FinishedAt = run.FinishedAt,
            Error = run.Error is { Length: > MaxErrorChars } error ? error[..MaxErrorChars] : run.Error,
        };

        // Upsert by natural key (start time and id): the record written at the start is replaced at the end.
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HarvestRun>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var runs = new List<HarvestRun>(count);
        if (count == 0)
        {
            return runs;
        }

        await foreach (var e in _table.QueryAsync<HarvestRunEntity>(e => e.PartitionKey == HarvestRunEntity.Partition, maxPerPage: Math.Min(count, 1000), cancellationToken: cancellationToken))
        {
            runs.Add(new HarvestRun(
                e.RunId,
                e.StartedAt,
                e.From,
                e.To,
                Enum.Parse<HarvestRunStatus>(e.Status),
                new HarvestCounts(e.Fetched, e.New, e.Updated, e.Unchanged, e.Quarantined),
                e.FinishedAt,
                e.Error));
            if (runs.Count == count)
            {
                break;
            }
        }

        return runs;
    }
}
