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
/// ContractId (BT-150), Nuts (the winner's own BT-507), ContentHash.
/// </summary>
internal static class WinnerRow
{
    public static TableEntity ToEntity(string partitionKey, string rowKey, string contentHash, int index, Winner winner)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["LotId"] = winner.LotId,
            ["Index"] = index,
            ["Name"] = winner.Name,
            ["ContentHash"] = contentHash,
        };
        Columns.SetIfNotNull(entity, "Identifier", winner.Identifier?.Value);
        Columns.SetIfNotNull(entity, "BusinessId", winner.Identifier?.BusinessId?.Value);
        Columns.WriteMoney(entity, "ContractValue", winner.ContractValue);
        Columns.SetIfNotNull(entity, "ContractId", winner.ContractId);
        Columns.SetIfNotNull(entity, "Nuts", winner.Nuts);
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
