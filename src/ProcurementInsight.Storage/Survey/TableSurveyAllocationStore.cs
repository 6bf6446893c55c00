using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage.Broker;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The control sample's allocations in the <c>SurveyAllocations</c> table. PartitionKey: the year
/// (<c>2026</c>). RowKey: <c>allocation</c>. Columns <c>Method</c>, <c>ReferenceYear</c>, <c>TargetSize</c>,
/// <c>DefaultRate</c>, <c>ExpectedSize</c>, <c>PopulationScale</c> and <c>Strata</c> (JSON, split past 32,000
/// characters), from which the rates are read.
/// </summary>
public sealed class TableSurveyAllocationStore : ISurveyAllocationStore
{
    private const string Row = "allocation";
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyAllocationStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyAllocations);
    }

    /// <inheritdoc />
    public async Task<ControlAllocation?> GetAsync(int year, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Key(year), Row, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(year, response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<ControlAllocation> TryAddAsync(ControlAllocation allocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        try
        {
            await _table.AddEntityAsync(ToEntity(allocation), cancellationToken);
            return allocation;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await GetAsync(allocation.Year, cancellationToken)
                ?? throw new InvalidOperationException($"The control allocation of {allocation.Year} conflicted on insert but cannot be read.");
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(ControlAllocation allocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        await _table.UpsertEntityAsync(ToEntity(allocation), TableUpdateMode.Replace, cancellationToken);
    }

    private static string Key(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ControlAllocation a)
    {
        var entity = new TableEntity(Key(a.Year), Row)
        {
            ["Method"] = a.Method,
            ["ReferenceYear"] = a.ReferenceYear,
            ["TargetSize"] = a.TargetSize,
            ["DefaultRate"] = a.DefaultRate,
            ["ExpectedSize"] = a.ExpectedSize,
            ["PopulationScale"] = a.PopulationScale,
        };
        TextColumns.Write(entity, "Strata", JsonSerializer.Serialize(a.Strata, BrokerJson.Options));
        return entity;
    }

    private static ControlAllocation FromEntity(int year, TableEntity e)
    {
        var strata = TextColumns.Read(e, "Strata") is { } json ? JsonSerializer.Deserialize<List<ControlStratum>>(json, BrokerJson.Options) ?? [] : [];
        return new ControlAllocation(
            e.GetString("Method") ?? string.Empty,
            year,
            e.GetInt32("ReferenceYear") ?? year,
            e.GetInt32("TargetSize") ?? 0,
            strata.ToDictionary(s => s.Stratum, s => s.Rate, StringComparer.Ordinal),
            e.GetDouble("DefaultRate") ?? 0,
            e.GetDouble("ExpectedSize") ?? 0)
        {
            Strata = strata,
            PopulationScale = e.GetDouble("PopulationScale") ?? 1,
        };
    }
}
