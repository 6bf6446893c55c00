using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>Builds classifier input rows from procurements.</summary>
internal static class FeatureRows
{
    public const string Masked = "masked";

    /// <summary>
    /// The row of a procurement. With <paramref name="maskSelfReport"/> the buyer's own answers and codes are
    /// replaced by <see cref="Masked"/>: a row labelled from those answers must not also see them as features.
    /// </summary>
    public static NoticeInput From(ProcurementUnit unit, bool maskSelfReport)
    {
        var notice = unit.Notice;
        var text = string.Join(' ', notice.Title.Texts.Values.Concat(notice.Description.Texts.Values)
            .Concat(notice.Lots.Count > 1 ? notice.Lots.SelectMany(l => l.Title.Texts.Values) : []));
        var report = unit.SelfReport;
        string Answer(bool value) => maskSelfReport ? Masked : !report.HasAnswers && !report.HasEFormsCode ? "none" : value ? "yes" : "no";
        var cpv = notice.MainCpv ?? notice.Lots.Select(l => l.MainCpv).FirstOrDefault(c => c is not null);
        return new NoticeInput
        {
            Text = text,
            CpvDivision = cpv?.Division ?? "?",
            CpvGroup = cpv?.Group ?? "?",
            ProcedureType = notice.ProcedureType ?? "?",
            LegalType = notice.Buyers.Count > 0 ? notice.Buyers[0].LegalType ?? "?" : "?",
            ValueBand = unit.SizeBand,
            NoticeType = unit.NoticeType,
            SelfMarket = Answer(report.NewToMarket),
            SelfBuyer = Answer(report.NewToBuyer),
            SelfConsidered = Answer(report.Considered),
            SelfCodes = Answer(report.HasEFormsCode),
        };
    }

    public static void SetLabel(NoticeInput row, ShareDefinition definition, bool label)
    {
        switch (definition)
        {
            case ShareDefinition.Market:
                row.LabelMarket = label;
                break;
            case ShareDefinition.Buyer:
                row.LabelBuyer = label;
                break;
            default:
                row.LabelAny = label;
                break;
        }
    }

    public static string LabelColumn(ShareDefinition definition) => definition switch
    {
        ShareDefinition.Market => nameof(NoticeInput.LabelMarket),
        ShareDefinition.Buyer => nameof(NoticeInput.LabelBuyer),
        _ => nameof(NoticeInput.LabelAny),
    };
}
