using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Storage.Tables;

/// <summary>The quarantine in the <c>QuarantinedNotices</c> table (scheme: <see cref="QuarantineEntity"/>).</summary>
public sealed class TableQuarantine : IQuarantine
{
    /// <summary>Reasons are plain words; a stack trace pasted in is cut to one property's limit.</summary>
    private const int MaxReasonChars = 32_000;

    private readonly TableClient _table;
    private readonly ILogger<TableQuarantine> _logger;

    /// <summary>Creates the quarantine on the layout's table.</summary>
    public TableQuarantine(TableServiceClient tables, StorageLayout layout, ILogger<TableQuarantine> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.QuarantinedNotices);
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task AddAsync(QuarantinedNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var entity = new QuarantineEntity
        {
            PartitionKey = PartitionKeyOf(notice.Key),
            RowKey = notice.RawLocation is null ? "no-raw" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(notice.RawLocation)))[..16],
            NoticeKey = notice.Key.Length > TextColumns.MaxFieldChars ? notice.Key[..TextColumns.MaxFieldChars] : notice.Key,
            RawLocation = notice.RawLocation,
            Reason = notice.Reason.Length > MaxReasonChars ? notice.Reason[..MaxReasonChars] : notice.Reason,
            QuarantinedAt = notice.QuarantinedAt,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        Log.NoticeQuarantined(_logger, notice.Key, entity.Reason);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var partitionKey = PartitionKeyOf(key);
        var rows = new List<TableTransactionAction>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partitionKey, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, row.RowKey), Azure.ETag.All));
        }

        foreach (var batch in rows.Chunk(TableNoticeStore.MaxTransactionOperations))
        {
            try
            {
                await _table.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // Removed meanwhile by another caller: the goal is met.
            }
        }
    }

    /// <summary>
    /// The escaped key, or for a key too long to be a PartitionKey (a hostile search document) <c>~</c>
    /// and the hex SHA-256 of the key, so even that notice is recorded.
    /// </summary>
    private static string PartitionKeyOf(string key)
    {
        var encoded = TableKeys.Encode(key);
        return encoded.Length <= 256 ? encoded : "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<QuarantinedNotice> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<QuarantineEntity>(cancellationToken: cancellationToken))
        {
            yield return new QuarantinedNotice(entity.NoticeKey, entity.RawLocation, entity.Reason, entity.QuarantinedAt);
        }
    }
}
