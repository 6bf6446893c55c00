using System.Globalization;
using System.Text;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Testing;

/// <summary>
/// A canonical, line-per-field text of a notice, for round-trip assertions:
/// <c>Assert.Equal(NoticeSnapshot.Of(expected), NoticeSnapshot.Of(actual))</c> compares every field
/// (records holding lists and <see cref="LocalizedText"/> do not compare by value) and shows the
/// first differing line on failure.
/// </summary>
public static class NoticeSnapshot
{
    /// <summary>The text of a stored notice, revision included.</summary>
    public static string Of(StoredNotice stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var r = stored.Revision;
        return Of(stored.Notice) + Line("Revision", $"{r.ContentHash} {r.RawLocation} {Time(r.SourceModified)} {Time(r.HarvestedAt)}");
    }

    /// <summary>The text of a notice.</summary>
    public static string Of(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var b = new StringBuilder();
        b.Append(Line("Key", notice.Key)).Append(Line("NoticeId", notice.NoticeId)).Append(Line("NoticeVersion", notice.NoticeVersion))
            .Append(Line("ProcedureId", notice.ProcedureId)).Append(Line("FormType", notice.FormType)).Append(Line("NoticeType", notice.NoticeType))
            .Append(Line("Subtype", notice.Subtype)).Append(Line("IssueDate", Time(notice.IssueDate))).Append(Line("PublicationDate", Time(notice.PublicationDate)))
            .Append(Line("Languages", string.Join(',', notice.Languages))).Append(Line("Title", Text(notice.Title))).Append(Line("Description", Text(notice.Description)))
            .Append(Line("MainCpv", notice.MainCpv?.Value)).Append(Line("AdditionalCpv", string.Join(',', notice.AdditionalCpv.Select(c => c.Value))))
            .Append(Line("EstimatedValue", Money(notice.EstimatedValue))).Append(Line("ProcedureType", notice.ProcedureType))
            .Append(Line("ContractNature", notice.ContractNature)).Append(Line("ChangedNoticeId", notice.ChangedNoticeId))
            .Append(Line("HilmaId", notice.HilmaId)).Append(Line("HilmaNoticeAnswers", Answers(notice.HilmaNoticeAnswers)));
        foreach (var buyer in notice.Buyers)
        {
            b.Append(Line("Buyer", $"{buyer.Name}|{Id(buyer.Identifier)}|{buyer.LegalType}|{buyer.NutsCode}|{buyer.Email}"));
        }

        foreach (var lot in notice.Lots)
        {
            b.Append(Line("Lot", $"{lot.LotId}|{Text(lot.Title)}|{Text(lot.Description)}|{lot.MainCpv?.Value}|{string.Join(',', lot.AdditionalCpv.Select(c => c.Value))}|{Money(lot.EstimatedValue)}|{string.Join(',', lot.StrategicProcurement)}|{string.Join(',', lot.InnovativeAcquisition)}|{Answers(lot.HilmaAnswers)}"));
        }

        foreach (var winner in notice.Winners)
        {
            b.Append(Line("Winner", $"{winner.LotId}|{winner.Name}|{Id(winner.Identifier)}|{Money(winner.ContractValue)}|{winner.ContractId}"));
        }

        return b.ToString();
    }

    /// <summary>The text of a localised text: <c>LANG=text</c> pairs in language order.</summary>
    public static string Of(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Text(text);
    }

    private static string Line(string name, string? value) => name + ": " + (value ?? "<null>") + "\n";

    private static string Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "<null>";

    private static string Text(LocalizedText text) =>
        string.Join(" / ", text.Texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    private static string Money(Money? money) =>
        money is null ? "<null>" : money.Amount.ToString(CultureInfo.InvariantCulture) + " " + money.Currency;

    private static string Id(OrganisationIdentifier? id) => id is null ? "<null>" : $"{id.Value}({id.BusinessId?.Value ?? "-"})";

    private static string Answers(InnovationAnswers? a) =>
        a is null ? "<null>" : $"{a.InnovationConsidered?.ToString() ?? "-"},{a.SolutionNewToBuyer?.ToString() ?? "-"},{a.SolutionNewToMarketOrIndustry?.ToString() ?? "-"},{a.Source}";
}
