using Azure.Data.Tables;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// The header of a stored notice, in the <c>Notices</c> table: the notice's scalar fields and the
/// revision it was made from. It names the current version; its lot and winner rows are those whose
/// RowKey starts <c>v|&lt;first 16 hex of ContentHash&gt;|</c> (see <see cref="LotRow"/>, <see cref="WinnerRow"/>).
/// PartitionKey: the notice key (<c>EF-48640</c>, escaped by <see cref="TableKeys"/>). RowKey: <c>h|</c> and
/// the PartitionKey again. A constant RowKey would serve Azure as well, but the emulator indexes a point
/// read by RowKey first, so one RowKey shared by every header made each read scan all headers.
/// Columns: NoticeKey, NoticeId, NoticeVersion, ProcedureId, FormType, NoticeType, Subtype, IssueDate,
/// PublicationDate, Languages, Title_&lt;LANG&gt;, Description_&lt;LANG&gt;, MainCpv, AdditionalCpv,
/// EstimatedValue(+Number, +Currency), ProcedureType, ContractNature, ChangedNoticeId, HilmaId, TenderDeadline (BT-131; absent on older rows),
/// HilmaSource + Hilma* (notice-level answers), Buyers (JSON, the only place buyer e-mails are kept),
/// derived innovation flags (NewToMarket, NewToBuyer, InnovationConsidered, AnyInnovation,
/// EFormsSignal, HasHilmaAnswers, InnovationSignals, EFormsCodes) for queries, and the revision:
/// ContentHash, RawLocation, SourceModified, HarvestedAt, LotCount, WinnerCount; Truncated names
/// columns cut to fit; CleanedAt is touched by the guarded clean-up of old rows.
/// </summary>
internal static class NoticeHeaderRow
{
    /// <summary>What every header RowKey starts with; version rows start <c>v|</c>.</summary>
    public const string RowKeyPrefix = "h|";

    /// <summary>The header's RowKey in a notice's partition.</summary>
    public static string RowKeyFor(string partitionKey) => RowKeyPrefix + partitionKey;

    public static TableEntity ToEntity(string partitionKey, StoredNotice stored, TextBudget budget)
    {
        var (notice, revision) = (stored.Notice, stored.Revision);
        var entity = new TableEntity(partitionKey, RowKeyFor(partitionKey))
        {
            ["NoticeKey"] = notice.Key,
            ["NoticeId"] = notice.NoticeId,
            ["ContentHash"] = revision.ContentHash,
            ["RawLocation"] = revision.RawLocation,
            ["HarvestedAt"] = revision.HarvestedAt,
            ["LotCount"] = notice.Lots.Count,
            ["WinnerCount"] = notice.Winners.Count,
        };
        Columns.SetIfNotNull(entity, "SourceModified", revision.SourceModified);
        Columns.SetIfNotNull(entity, "NoticeVersion", notice.NoticeVersion);
        Columns.SetIfNotNull(entity, "ProcedureId", notice.ProcedureId);
        Columns.SetIfNotNull(entity, "FormType", notice.FormType);
        Columns.SetIfNotNull(entity, "NoticeType", notice.NoticeType);
        Columns.SetIfNotNull(entity, "Subtype", notice.Subtype);
        Columns.SetIfNotNull(entity, "IssueDate", notice.IssueDate);
        Columns.SetIfNotNull(entity, "PublicationDate", notice.PublicationDate);
        Columns.WriteList(entity, "Languages", notice.Languages);
        Columns.WriteCpv(entity, "MainCpv", notice.MainCpv, "AdditionalCpv", notice.AdditionalCpv);
        Columns.WriteMoney(entity, "EstimatedValue", notice.EstimatedValue);
        Columns.SetIfNotNull(entity, "ProcedureType", notice.ProcedureType);
        Columns.SetIfNotNull(entity, "ContractNature", notice.ContractNature);
        Columns.SetIfNotNull(entity, "ChangedNoticeId", notice.ChangedNoticeId);
        Columns.SetIfNotNull(entity, "HilmaId", notice.HilmaId);
        Columns.SetIfNotNull(entity, "TenderDeadline", notice.TenderDeadline);
        Columns.WriteAnswers(entity, notice.HilmaNoticeAnswers);

        var innovation = notice.Innovation;
        entity["NewToMarket"] = innovation.NewToMarket;
        entity["NewToBuyer"] = innovation.NewToBuyer;
        entity["InnovationConsidered"] = innovation.Considered;
        entity["AnyInnovation"] = innovation.Any;
        entity["EFormsSignal"] = innovation.HasEFormsSignal;
        entity["HasHilmaAnswers"] = innovation.HasHilmaAnswers;
        Columns.WriteList(entity, "InnovationSignals", innovation.Signals.Select(s => s.ToString()));
        Columns.WriteList(entity, "EFormsCodes", InnovationProfile.EFormsCodes(notice));

        // Buyers are never truncated (a cut JSON could not be read back); titles before descriptions,
        // so the budget cuts the longest, least essential texts first.
        var buyers = BuyerColumn.Serialize(notice.Buyers, budget);
        budget.Reserve(buyers.Length);
        TextColumns.Write(entity, "Buyers", buyers);
        TextColumns.WriteLocalized(entity, "Title", notice.Title, budget);
        TextColumns.WriteLocalized(entity, "Description", notice.Description, budget);
        if (budget.Truncated.Count > 0)
        {
            entity["Truncated"] = string.Join(',', budget.Truncated);
        }

        return entity;
    }

    public static NoticeRevision ReadRevision(TableEntity entity) =>
        new(
            entity.GetString("ContentHash") ?? string.Empty,
            entity.GetString("RawLocation") ?? string.Empty,
            entity.GetDateTimeOffset("SourceModified"),
            entity.GetDateTimeOffset("HarvestedAt") ?? DateTimeOffset.MinValue);

    public static int LotCount(TableEntity entity) => entity.GetInt32("LotCount") ?? 0;

    public static int WinnerCount(TableEntity entity) => entity.GetInt32("WinnerCount") ?? 0;

    public static StoredNotice FromEntity(TableEntity entity, IReadOnlyList<Lot> lots, IReadOnlyList<Winner> winners)
    {
        var notice = new Notice(
            entity.GetString("NoticeId") ?? string.Empty,
            entity.GetString("NoticeVersion"),
            entity.GetString("ProcedureId"),
            entity.GetString("FormType"),
            entity.GetString("NoticeType"),
            entity.GetString("Subtype"),
            entity.GetDateTimeOffset("IssueDate"),
            entity.GetDateTimeOffset("PublicationDate"),
            Columns.ReadList(entity, "Languages"),
            BuyerColumn.Deserialize(TextColumns.Read(entity, "Buyers")),
            TextColumns.ReadLocalized(entity, "Title"),
            TextColumns.ReadLocalized(entity, "Description"),
            Columns.ReadCpv(entity, "MainCpv"),
            Columns.ReadCpvList(entity, "AdditionalCpv"),
            Columns.ReadMoney(entity, "EstimatedValue"),
            entity.GetString("ProcedureType"),
            entity.GetString("ContractNature"),
            lots,
            winners,
            entity.GetString("ChangedNoticeId"))
        {
            HilmaId = entity.GetString("HilmaId"),
            TenderDeadline = entity.GetDateTimeOffset("TenderDeadline"),
            HilmaNoticeAnswers = Columns.ReadAnswers(entity),
        };
        return new StoredNotice(notice, ReadRevision(entity));
    }
}
