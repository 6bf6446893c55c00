using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// Opted-out addresses in the <c>SurveyOptOuts</c> table. PartitionKey: the SHA-256 (hex) of the address
/// trimmed and in lower case, so the table holds no address. RowKey: <c>opt-out</c>. Column <c>OptedOutAt</c>.
/// </summary>
public sealed class TableSurveyOptOutStore : ISurveyOptOutStore
{
    private const string Row = "opt-out";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyOptOutStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyOptOuts);
    }

    /// <inheritdoc />
    public async Task AddAsync(string email, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var entity = new TableEntity(KeyOf(email), Row) { ["OptedOutAt"] = at };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(KeyOf(email), Row, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return response.HasValue;
    }

    private static string KeyOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
