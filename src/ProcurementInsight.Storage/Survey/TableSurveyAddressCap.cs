using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The per-address cap's counters in the <c>SurveyAddressCaps</c> table. PartitionKey: SHA-256 (hex) of
/// <c>survey-address\n</c> and the address trimmed in lower case, then <c>-{year}Q{quarter}</c>, so the table
/// holds no address. RowKey <c>count</c>: column <c>Count</c>, the procedures ranked so far; RowKey: SHA-256
/// (hex) of the procedure: column <c>Rank</c>. The counter's update (on its ETag) and the procedure's row are
/// one transaction, so every procedure gets exactly one rank and no two the same.
/// </summary>
public sealed class TableSurveyAddressCap : ISurveyAddressCap
{
    private const string CounterRow = "count";
    private const int MaxAttempts = 50;
    private readonly TableClient _table;

    /// <summary>Creates the counter on the layout's table.</summary>
    public TableSurveyAddressCap(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyAddressCaps);
    }

    /// <inheritdoc />
    public async Task<int> RankAsync(SurveyCapSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentException.ThrowIfNullOrWhiteSpace(slot.Email, nameof(slot));
        var partition = Hash("survey-address\n" + slot.Email.Trim().ToLowerInvariant()) + string.Create(CultureInfo.InvariantCulture, $"-{slot.Year}Q{slot.Quarter}");
        var row = Hash(slot.Procedure);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var ranked = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (ranked.HasValue)
            {
                return ranked.Value!.GetInt32("Rank") ?? throw new InvalidOperationException("A ranked procedure's row has no rank.");
            }

            var counter = await _table.GetEntityIfExistsAsync<TableEntity>(partition, CounterRow, cancellationToken: cancellationToken);
            var rank = (counter.HasValue ? counter.Value!.GetInt32("Count") ?? 0 : 0) + 1;
            var count = new TableEntity(partition, CounterRow) { ["Count"] = rank };
            TableTransactionAction[] actions =
            [
                counter.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, count, counter.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, count),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, row) { ["Rank"] = rank }),
            ];
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return rank;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another procedure took the rank, or this one was ranked meanwhile: read again.
            }
        }

        throw new InvalidOperationException($"The address cap counter stayed contended through {MaxAttempts} attempts.");
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
