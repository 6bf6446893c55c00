using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// Keeps one current version of each notice in the <c>Notices</c> table: a header row
/// (<see cref="NoticeHeaderRow"/>) and, per version, lot and winner rows (<see cref="LotRow"/>,
/// <see cref="WinnerRow"/>), all in the notice's partition.
/// </summary>
/// <remarks>
/// <para>Writing a version: the lot and winner rows are upserted in transactions of at most 100
/// operations (Azure's limit; also at most <see cref="EntitySize.MaxTransactionBytes"/>), then the header
/// is written last — added when absent, else replaced under the ETag read at the start — so the
/// header only ever names a version whose rows are complete. Small notices go in one transaction.
/// Rows of other versions are then deleted.</para>
/// <para>Concurrency: child rows carry their version in the RowKey, so writers of different versions
/// never overwrite each other's rows. Every deletion batch also merges the header under its current
/// ETag, so a deletion bumps the ETag: a writer whose header write still succeeds under the ETag it read
/// before writing its rows knows none of them was deleted since. A lost race (409/412) re-reads the
/// header and decides again, a bounded number of times.</para>
/// </remarks>
public sealed class TableNoticeStore : INoticeStore
{
    /// <summary>Azure's limit on operations in one entity group transaction.</summary>
    public const int MaxTransactionOperations = 100;

    private const int MaxSaveAttempts = 10;
    private const int MaxReadAttempts = 5;

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly ILogger<TableNoticeStore> _logger;

    /// <summary>Creates the store on the layout's notice table.</summary>
    public TableNoticeStore(TableServiceClient tables, StorageLayout layout, TimeProvider time, ILogger<TableNoticeStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.Notices);
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<NoticeWriteOutcome> SaveAsync(StoredNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var key = notice.Notice.Key;
        using var activity = StorageTelemetry.ActivitySource.StartActivity("notice.save");
        activity?.SetTag("notice.key", key);

        var partitionKey = TableKeys.Encode(key);
        var hash = notice.Revision.ContentHash;
        var children = ChildEntities(partitionKey, notice);
        var headerBudget = new TextBudget(TextColumns.EntityTextBudget);
        var header = NoticeHeaderRow.ToEntity(partitionKey, notice, headerBudget);
        RefuseWhatCannotBeStored(key, children.Append(header));
        var truncated = headerBudget.Truncated.Concat(children.Select(c => c.GetString("Truncated")).OfType<string>()).ToList();
        if (truncated.Count > 0)
        {
            Log.NoticeTextTruncated(_logger, key, string.Join(';', truncated));
        }

        var wroteRows = false;
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            // First attempt: insert, as if the notice were new (the header is added, so the transaction
            // fails with 409 when it exists). Most writes are new notices, and this saves a read each.
            var current = attempt == 1 ? null : await ReadHeaderAsync(partitionKey, cancellationToken);
            if (current is not null)
            {
                var stored = NoticeHeaderRow.ReadRevision(current);
                if (!notice.Revision.Supersedes(stored))
                {
                    if (wroteRows)
                    {
                        // This writer lost a race after writing rows: remove them (and any other leftovers).
                        await DeleteOtherVersionsAsync(partitionKey, key, cancellationToken);
                    }

                    var kept = string.Equals(stored.ContentHash, hash, StringComparison.Ordinal) ? NoticeWriteOutcome.Unchanged : NoticeWriteOutcome.Stale;
                    Log.NoticeSaved(_logger, key, kept, notice.Notice.Lots.Count, notice.Notice.Winners.Count);
                    return kept;
                }
            }

            try
            {
                wroteRows = true;
                await WriteVersionAsync(children, header, current?.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                Log.NoticeWriteConflict(_logger, key, attempt);
                continue;
            }
            catch (RequestFailedException ex) when (ex.Status is 400 or 413)
            {
                // The service refused this notice's content (a limit the checks above do not know): retrying
                // cannot help, and the next notice must not pay for it. Rows already written stay invisible:
                // no header names their version.
                throw new NoticeNotStorableException(key, string.Create(CultureInfo.InvariantCulture, $"table storage refused it ({ex.Status} {ex.ErrorCode})"), ex);
            }

            // A first-time create has no older version to clear, and the partition query costs a scan
            // in the emulator (and a round trip in Azure) for every new notice. Rows a killed writer of
            // another version may have left stay invisible to readers and go with the next update.
            if (current is not null || attempt > 1)
            {
                await DeleteOtherVersionsAsync(partitionKey, key, cancellationToken);
            }

            var outcome = current is null ? NoticeWriteOutcome.Created : NoticeWriteOutcome.Updated;
            Log.NoticeSaved(_logger, key, outcome, notice.Notice.Lots.Count, notice.Notice.Winners.Count);
            return outcome;
        }

        throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"Notice {key} kept changing under concurrent writers; gave up after {MaxSaveAttempts} attempts."));
    }

    /// <summary>
    /// Cuts single-column strings beyond a property's limit, then refuses, before anything is written,
    /// a notice whose rows would still break Azure's entity limits (a key over 1 KiB, a row over 1 MiB or
    /// 252 columns), naming the notice and the limit.
    /// </summary>
    private static void RefuseWhatCannotBeStored(string key, IEnumerable<TableEntity> entities)
    {
        foreach (var entity in entities)
        {
            TextColumns.CutOversize(entity);
            if (EntitySize.Violation(entity) is { } violation)
            {
                throw new NoticeNotStorableException(key, violation, null);
            }
        }
    }

    /// <inheritdoc />
    public async Task<NoticeRevision?> GetRevisionAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(key),
            NoticeHeaderRow.RowKeyFor(TableKeys.Encode(key)),
            select: ["ContentHash", "RawLocation", "SourceModified", "HarvestedAt"],
            cancellationToken: cancellationToken);
        // HasValue guarantees Value is set.
        return response.HasValue ? NoticeHeaderRow.ReadRevision(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<StoredNotice?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var activity = StorageTelemetry.ActivitySource.StartActivity("notice.get");
        activity?.SetTag("notice.key", key);
        var partitionKey = TableKeys.Encode(key);
        for (var attempt = 1; attempt <= MaxReadAttempts; attempt++)
        {
            var header = await ReadHeaderAsync(partitionKey, cancellationToken);
            if (header is null)
            {
                return null;
            }

            var prefix = VersionPrefix(header.GetString("ContentHash") ?? string.Empty);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {PrefixEnd(prefix)}");
            var rows = new List<TableEntity>();
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            if (Assemble(header, rows) is { } notice)
            {
                return notice;
            }

            // A newer version replaced this one between the two reads: read again.
        }

        throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"Notice {key} did not hold still for {MaxReadAttempts} reads, or its rows are incomplete."));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredNotice> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One scan of the whole table instead of a query per notice: Azure returns rows ordered by
        // PartitionKey then RowKey, so each notice's header ("h|") arrives just before its lot and
        // winner rows ("v|"), and only one partition is held at a time. Azurite answers a partition
        // query by scanning the table, which made the per-notice reads quadratic there.
        using var activity = StorageTelemetry.ActivitySource.StartActivity("notice.list");
        var partition = new PartitionRows();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter: (string?)null, cancellationToken: cancellationToken))
        {
            if (!string.Equals(row.PartitionKey, partition.PartitionKey, StringComparison.Ordinal))
            {
                if (await CompleteAsync(partition, cancellationToken) is { } notice)
                {
                    yield return notice;
                }

                partition = new PartitionRows { PartitionKey = row.PartitionKey };
            }

            partition.Add(row);
        }

        if (await CompleteAsync(partition, cancellationToken) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// The notice one partition's rows make; when they are not a complete version (a writer was
    /// replacing it during the scan, or rows arrived out of order), the notice is read again on its own.
    /// </summary>
    private async Task<StoredNotice?> CompleteAsync(PartitionRows partition, CancellationToken cancellationToken)
    {
        if (partition.Header is not { } header)
        {
            return null;
        }

        return Assemble(header, partition.Rows)
            ?? (header.GetString("NoticeKey") is { } key ? await GetAsync(key, cancellationToken) : null);
    }

    /// <summary>
    /// The notice a header and its partition's rows make: the lot and winner rows of the header's
    /// version (others are ignored), or null when that version's rows are not all there.
    /// </summary>
    private static StoredNotice? Assemble(TableEntity header, IEnumerable<TableEntity> rows)
    {
        var prefix = VersionPrefix(header.GetString("ContentHash") ?? string.Empty);
        var lots = new List<(int Index, Lot Lot)>();
        var winners = new List<(int Index, Winner Winner)>();
        foreach (var row in rows.Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var kind = row.RowKey.AsSpan(prefix.Length);
            if (kind.StartsWith("lot|", StringComparison.Ordinal))
            {
                lots.Add((row.GetInt32("Index") ?? 0, LotRow.FromEntity(row)));
            }
            else if (kind.StartsWith("winner|", StringComparison.Ordinal))
            {
                winners.Add((row.GetInt32("Index") ?? 0, WinnerRow.FromEntity(row)));
            }
        }

        return lots.Count == NoticeHeaderRow.LotCount(header) && winners.Count == NoticeHeaderRow.WinnerCount(header)
            ? NoticeHeaderRow.FromEntity(header, [.. lots.OrderBy(l => l.Index).Select(l => l.Lot)], [.. winners.OrderBy(w => w.Index).Select(w => w.Winner)])
            : null;
    }

    /// <summary>The rows of one partition met during a scan.</summary>
    private sealed class PartitionRows
    {
        public string? PartitionKey { get; init; }

        public TableEntity? Header { get; private set; }

        public List<TableEntity> Rows { get; } = [];

        public void Add(TableEntity row)
        {
            if (row.RowKey.StartsWith(NoticeHeaderRow.RowKeyPrefix, StringComparison.Ordinal))
            {
                Header = row;
            }
            else if (row.RowKey.StartsWith(VersionRowPrefix, StringComparison.Ordinal))
            {
                Rows.Add(row);
            }
        }
    }

    /// <summary>The RowKey prefix of every lot and winner row of a version: <c>v|&lt;16 hex&gt;|</c>.</summary>
    /// <summary>What every lot and winner RowKey starts with.</summary>
    internal const string VersionRowPrefix = "v|";

    internal static string VersionPrefix(string contentHash) => VersionRowPrefix + TableKeys.ShortHash(contentHash) + "|";

    /// <summary>
    /// Groups operations into transactions of at most <see cref="MaxTransactionOperations"/> operations and
    /// <see cref="EntitySize.MaxTransactionBytes"/> estimated bytes, in order.
    /// </summary>
    internal static List<List<TableTransactionAction>> Chunk(IEnumerable<(TableTransactionAction Action, int Bytes)> actions)
    {
        var batches = new List<List<TableTransactionAction>>();
        var current = new List<TableTransactionAction>();
        var bytes = 0;
        foreach (var (action, size) in actions)
        {
            if (current.Count == MaxTransactionOperations || (current.Count > 0 && bytes + size > EntitySize.MaxTransactionBytes))
            {
                batches.Add(current);
                current = [];
                bytes = 0;
            }

            current.Add(action);
            bytes += size;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static List<TableEntity> ChildEntities(string partitionKey, StoredNotice stored)
    {
        var hash = stored.Revision.ContentHash;
        var prefix = VersionPrefix(hash);
        var rows = new List<TableEntity>(stored.Notice.Lots.Count + stored.Notice.Winners.Count);
        var lotKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stored.Notice.Lots.Count; i++)
        {
            var lot = stored.Notice.Lots[i];
            var rowKey = prefix + "lot|" + TableKeys.Encode(lot.LotId);
            if (!lotKeys.Add(rowKey))
            {
                // A repeated lot id (bad input) must not make two rows with one key fail the transaction.
                rowKey += "|" + i.ToString(CultureInfo.InvariantCulture);
            }

            rows.Add(LotRow.ToEntity(partitionKey, rowKey, hash, i, lot, new TextBudget(TextColumns.EntityTextBudget)));
        }

        var perLot = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stored.Notice.Winners.Count; i++)
        {
            var winner = stored.Notice.Winners[i];
            var n = perLot.GetValueOrDefault(winner.LotId);
            perLot[winner.LotId] = n + 1;
            var rowKey = prefix + "winner|" + TableKeys.Encode(winner.LotId) + "|" + n.ToString("D3", CultureInfo.InvariantCulture);
            rows.Add(WinnerRow.ToEntity(partitionKey, rowKey, hash, i, winner));
        }

        return rows;
    }

    private async Task<TableEntity?> ReadHeaderAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, NoticeHeaderRow.RowKeyFor(partitionKey), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task WriteVersionAsync(List<TableEntity> children, TableEntity header, ETag? headerETag, CancellationToken cancellationToken)
    {
        var headerAction = headerETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, header, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, header);
        var actions = children
            .Select(c => (new TableTransactionAction(TableTransactionActionType.UpsertReplace, c), EntitySize.Estimate(c)))
            .Append((headerAction, EntitySize.Estimate(header)));

        // The header is the last action of the last batch: it is written only after every row it names.
        foreach (var batch in Chunk(actions))
        {
            await _table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <summary>
    /// Deletes every lot and winner row not of the version the header names. Each batch merges the
    /// header under its ETag (so it bumps it, and a writer of another version whose rows went finds out).
    /// When the ETag moved but the header still names the same version, another cleaner got there
    /// first: it may have listed fewer rows (a losing writer's last batch can land after its listing),
    /// so list again rather than leave them. When the header names another version, its writer cleans.
    /// </summary>
    private async Task DeleteOtherVersionsAsync(string partitionKey, string key, CancellationToken cancellationToken)
    {
        var header = await ReadHeaderAsync(partitionKey, cancellationToken);
        if (header is null)
        {
            return;
        }

        var keep = VersionPrefix(header.GetString("ContentHash") ?? string.Empty);
        var deleted = 0;
        for (var pass = 1; pass <= MaxSaveAttempts; pass++)
        {
            var outcome = await DeleteStaleRowsAsync(partitionKey, keep, header.ETag, cancellationToken);
            deleted += outcome.Deleted;
            if (outcome.Completed)
            {
                Activity.Current?.SetTag("notice.deleted_rows", deleted);
                return;
            }

            header = await ReadHeaderAsync(partitionKey, cancellationToken);
            if (header is null || !VersionPrefix(header.GetString("ContentHash") ?? string.Empty).Equals(keep, StringComparison.Ordinal))
            {
                Log.NoticeCleanupYielded(_logger, key);
                return;
            }
        }

        Log.NoticeCleanupYielded(_logger, key);
    }

    /// <summary>One listing and deletion pass; not completed when the header's ETag moved under it.</summary>
    private async Task<(bool Completed, int Deleted)> DeleteStaleRowsAsync(string partitionKey, string keep, ETag etag, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {VersionRowPrefix} and RowKey lt {PrefixEnd(VersionRowPrefix)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!row.RowKey.StartsWith(keep, StringComparison.Ordinal))
            {
                stale.Add(row.RowKey);
            }
        }

        var deleted = 0;
        foreach (var chunk in stale.Chunk(MaxTransactionOperations - 1))
        {
            var guard = new TableEntity(partitionKey, NoticeHeaderRow.RowKeyFor(partitionKey)) { ["CleanedAt"] = _time.GetUtcNow() };
            var batch = chunk
                .Select(rowKey => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All))
                .Append(new TableTransactionAction(TableTransactionActionType.UpdateMerge, guard, etag))
                .ToList();
            try
            {
                var response = await _table.SubmitTransactionAsync(batch, cancellationToken);
                etag = response.Value[^1].Headers.ETag ?? default;
                deleted += chunk.Length;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // 404: a row in the batch went already (another cleaner); 409/412: the header moved.
                return (false, deleted);
            }

            if (etag == default)
            {
                // No ETag in the sub-response: go on under the header's current one while it names the kept version.
                var header = await ReadHeaderAsync(partitionKey, cancellationToken);
                if (header is null || !VersionPrefix(header.GetString("ContentHash") ?? string.Empty).Equals(keep, StringComparison.Ordinal))
                {
                    return (true, deleted);
                }

                etag = header.ETag;
            }
        }

        return (true, deleted);
    }
}
