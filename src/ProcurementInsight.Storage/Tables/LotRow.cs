using Azure.Data.Tables;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// One lot of one version of a notice, in the <c>Notices</c> table.
/// PartitionKey: the notice key (<c>EF-48640</c>, escaped by <see cref="TableKeys"/>).
/// RowKey: <c>v|&lt;first 16 hex of ContentHash&gt;|lot|&lt;lotId&gt;</c> (a repeated lot id gets
/// <c>|&lt;index&gt;</c> appended). The version prefix keeps the rows of a version being written apart
/// from those of the stored version, so readers and concurrent writers never see a mix.
/// Columns: LotId, Index (position in the notice), Title_&lt;LANG&gt;, Description_&lt;LANG&gt;, MainCpv,
/// AdditionalCpv, EstimatedValue(+Number, +Currency), StrategicProcurement (BT-06 codes),
/// InnovativeAcquisition (BT-776 codes), HilmaSource + Hilma* answers, ContentHash, Truncated.
/// </summary>
internal static class LotRow
{
    public static TableEntity ToEntity(string partitionKey, string rowKey, string contentHash, int index, Lot lot, TextBudget budget)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["LotId"] = lot.LotId,
            ["Index"] = index,
            ["ContentHash"] = contentHash,
        };
        Columns.WriteCpv(entity, "MainCpv", lot.MainCpv, "AdditionalCpv", lot.AdditionalCpv);
        Columns.WriteMoney(entity, "EstimatedValue", lot.EstimatedValue);
        Columns.WriteList(entity, "StrategicProcurement", lot.StrategicProcurement);
        Columns.WriteList(entity, "InnovativeAcquisition", lot.InnovativeAcquisition);
        Columns.WriteAnswers(entity, lot.HilmaAnswers);
        TextColumns.WriteLocalized(entity, "Title", lot.Title, budget);
        TextColumns.WriteLocalized(entity, "Description", lot.Description, budget);
        if (budget.Truncated.Count > 0)
        {
            entity["Truncated"] = string.Join(',', budget.Truncated);
        }

        return entity;
    }

    public static Lot FromEntity(TableEntity entity) =>
        new(
            entity.GetString("LotId") ?? string.Empty,
            TextColumns.ReadLocalized(entity, "Title"),
            TextColumns.ReadLocalized(entity, "Description"),
            Columns.ReadCpv(entity, "MainCpv"),
            Columns.ReadCpvList(entity, "AdditionalCpv"),
            Columns.ReadMoney(entity, "EstimatedValue"),
            Columns.ReadList(entity, "StrategicProcurement"),
            Columns.ReadList(entity, "InnovativeAcquisition"),
            Columns.ReadAnswers(entity));
}
