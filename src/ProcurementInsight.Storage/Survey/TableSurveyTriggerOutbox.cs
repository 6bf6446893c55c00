using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The survey trigger outbox, kept in the <c>Notices</c> table beside the notices it is about (no table of
/// its own for the infrastructure to create). PartitionKey: <c>~survey-outbox</c> (no notice key starts
/// with <c>~</c>, and the notice store reads only header and version rows). RowKey: the notice key,
/// escaped by <see cref="TableKeys"/>. Columns: NoticeKey, Since.
/// </summary>
public sealed class TableSurveyTriggerOutbox : ISurveyTriggerOutbox
{
    /// <summary>The outbox's partition in the notice table.</summary>
    public const string Partition = "~survey-outbox";

    private readonly TableClient _table;
    private readonly TimeProvider _time;

    /// <summary>Creates the outbox on the layout's notice table.</summary>
    public TableSurveyTriggerOutbox(TableServiceClient tables, StorageLayout layout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.Notices);
        _time = time;
    }

    /// <inheritdoc />
    public async Task AddAsync(string noticeKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(noticeKey);
        var entity = new TableEntity(Partition, TableKeys.Encode(noticeKey)) { ["NoticeKey"] = noticeKey, ["Since"] = _time.GetUtcNow() };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string noticeKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(noticeKey);
        try
        {
            await _table.DeleteEntityAsync(Partition, TableKeys.Encode(noticeKey), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already removed: the goal is met.
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PendingSurveyTrigger> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            if (row.GetString("NoticeKey") is { } key)
            {
                yield return new PendingSurveyTrigger(key, row.GetDateTimeOffset("Since") ?? DateTimeOffset.MinValue);
            }
        }
    }
}
