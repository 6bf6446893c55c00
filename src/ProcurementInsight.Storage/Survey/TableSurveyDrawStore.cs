using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The survey's draws in the <c>SurveyDraws</c> table. PartitionKey: SHA-256 (hex) of the procedure, so any
/// procedure id is a valid key. RowKey <c>draw</c>: the procedure's draw (columns <c>Procedure</c>, <c>Year</c>,
/// <c>Phase</c>, <c>Stratum</c>, <c>Rate</c>, <c>Selected</c>, <c>Upgraded</c>); RowKey <c>buyer-{invitation id}</c>:
/// a buyer's cap decision (<c>InvitationId</c>, <c>Rank</c>, <c>CapRate</c>, <c>Invited</c>). Rows are created
/// with conditional inserts and the upgrade is a conditional replace on the draw's ETag.
/// </summary>
public sealed class TableSurveyDrawStore : ISurveyDrawStore
{
    private const string DrawRow = "draw";
    private const string BuyerRowPrefix = "buyer-";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyDrawStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyDraws);
    }

    /// <inheritdoc />
    public async Task<SurveyDraw?> GetAsync(string procedure, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(procedure);

        // Most procedures arrive once and have no draw yet: a point read answers that without a partition query
        // (which the emulator answers by scanning the whole table, making a year's dispatch quadratic).
        var head = await _table.GetEntityIfExistsAsync<TableEntity>(KeyOf(procedure), DrawRow, cancellationToken: cancellationToken);
        if (!head.HasValue)
        {
            return null;
        }

        TableEntity? draw = null;
        var buyers = new Dictionary<string, SurveyBuyerDraw>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == KeyOf(procedure), cancellationToken: cancellationToken))
        {
            if (entity.RowKey == DrawRow)
            {
                draw = entity;
            }
            else if (entity.RowKey.StartsWith(BuyerRowPrefix, StringComparison.Ordinal))
            {
                var buyer = BuyerFrom(entity);
                buyers[buyer.InvitationId] = buyer;
            }
        }

        return draw is null ? null : DrawFrom(draw) with { Buyers = buyers };
    }

    /// <inheritdoc />
    public async Task<SurveyDraw> TryRecordAsync(SurveyDraw draw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draw);
        try
        {
            var response = await _table.AddEntityAsync(ToEntity(draw), cancellationToken);
            return draw with { ConcurrencyToken = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await GetAsync(draw.Procedure, cancellationToken)
                ?? throw new InvalidOperationException($"The draw of procedure {draw.Procedure} conflicted on insert but cannot be read.");
        }
    }

    /// <inheritdoc />
    public async Task<SurveyDraw> RecordUpgradeAsync(SurveyDraw upgraded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upgraded);
        ArgumentException.ThrowIfNullOrEmpty(upgraded.ConcurrencyToken, nameof(upgraded));
        try
        {
            var response = await _table.UpdateEntityAsync(ToEntity(upgraded), new ETag(upgraded.ConcurrencyToken), TableUpdateMode.Replace, cancellationToken);
            return upgraded with { ConcurrencyToken = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another instance wrote first; only an upgrade can change a draw, so what it wrote is the upgrade.
            return await GetAsync(upgraded.Procedure, cancellationToken)
                ?? throw new InvalidOperationException($"The draw of procedure {upgraded.Procedure} changed but cannot be read.");
        }
    }

    /// <inheritdoc />
    public async Task<SurveyBuyerDraw> TryRecordBuyerAsync(string procedure, SurveyBuyerDraw buyer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(procedure);
        ArgumentNullException.ThrowIfNull(buyer);
        var entity = new TableEntity(KeyOf(procedure), BuyerRowPrefix + buyer.InvitationId)
        {
            ["InvitationId"] = buyer.InvitationId,
            ["Rank"] = buyer.Rank,
            ["CapRate"] = buyer.CapRate,
            ["Invited"] = buyer.Invited,
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return buyer;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await _table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            return BuyerFrom(stored.Value);
        }
    }

    private static string KeyOf(string procedure) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(procedure)));

    private static TableEntity ToEntity(SurveyDraw draw) => new(KeyOf(draw.Procedure), DrawRow)
    {
        ["Procedure"] = draw.Procedure,
        ["Year"] = draw.Year,
        ["Phase"] = (int)draw.Phase,
        ["Stratum"] = draw.Stratum,
        ["Rate"] = draw.Rate,
        ["Selected"] = draw.Selected,
        ["Upgraded"] = draw.Upgraded,
    };

    private static SurveyDraw DrawFrom(TableEntity e) =>
        new(e.GetString("Procedure"), e.GetInt32("Year") ?? 0, (SurveyPhase)(e.GetInt32("Phase") ?? 0), e.GetString("Stratum"), e.GetDouble("Rate") ?? 1, e.GetBoolean("Selected") ?? false)
        {
            Upgraded = e.GetBoolean("Upgraded") ?? false,
            ConcurrencyToken = e.ETag.ToString(),
        };

    private static SurveyBuyerDraw BuyerFrom(TableEntity e) =>
        new(e.GetString("InvitationId"), e.GetInt32("Rank"), e.GetDouble("CapRate") ?? 1, e.GetBoolean("Invited") ?? false);
}
