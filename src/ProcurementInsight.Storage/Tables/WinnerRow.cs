using Azure.Data.Tables;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// One winner of one lot of one version of a notice, in the <c>Notices</c> table.
/// PartitionKey: the notice key. RowKey: <c>v|&lt;first 16 hex of ContentHash&gt;|winner|&lt;lotId&gt;|&lt;nnn&gt;</c>,
/// nnn the winner's 0-based position within its lot (three digits or more).
/// Columns: LotId, Index (position among the notice's winners), Name, Identifier, BusinessId (the
/// Finnish Y-tunnus when the identifier is one), ContractValue(+Number, +Currency) (BT-720),
/// ContractId (BT-150), Nuts (the winner's own BT-507), ContentHash; Truncated names columns cut to fit.
/// </summary>
internal static class WinnerRow
{
    public static TableEntity ToEntity(string partitionKey, string rowKey, string contentHash, int index, Winner winner)
    {
        // Names and ids are capped, not split: no real one comes near the cap (see TextColumns.MaxFieldChars).
        var budget = new TextBudget(TextColumns.EntityTextBudget);
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["LotId"] = winner.LotId,
            ["Index"] = index,
            ["Name"] = TextColumns.Cap(winner.Name, "Name", budget),
            ["ContentHash"] = contentHash,
        };
        Columns.SetIfNotNull(entity, "Identifier", TextColumns.Cap(winner.Identifier?.Value, "Identifier", budget));
        Columns.SetIfNotNull(entity, "BusinessId", winner.Identifier?.BusinessId?.Value);
        Columns.WriteMoney(entity, "ContractValue", winner.ContractValue);
        Columns.SetIfNotNull(entity, "ContractId", TextColumns.Cap(winner.ContractId, "ContractId", budget));
        Columns.SetIfNotNull(entity, "Nuts", TextColumns.Cap(winner.Nuts, "Nuts", budget));
        if (budget.Truncated.Count > 0)
        {
            entity["Truncated"] = string.Join(',', budget.Truncated);
        }

        return entity;
    }

    public static Winner FromEntity(TableEntity entity) =>
        new(
            entity.GetString("LotId") ?? string.Empty,
            entity.GetString("Name") ?? string.Empty,
            ReadIdentifier(entity.GetString("Identifier"), entity.GetString("BusinessId")),
            Columns.ReadMoney(entity, "ContractValue"),
            entity.GetString("ContractId"),
            entity.GetString("Nuts"));

    /// <summary>Rebuilds an identifier exactly as stored, without re-normalising it.</summary>
    public static OrganisationIdentifier? ReadIdentifier(string? value, string? businessId) =>
        value is null ? null : new OrganisationIdentifier(value, businessId is null ? null : BusinessId.Parse(businessId));
}
