using System.Globalization;
using ProcurementInsight.Core.Innovation;

namespace ProcurementInsight.Core.Notices;

/// <summary>
/// The public JSON shape of a notice (camelCase when serialised with web defaults), shared by the
/// command line's <c>notice parse</c> and the <c>GET /api/notices/{id}</c> endpoint of both hosts.
/// Buyer e-mails are included only when asked for: they are personal data.
/// </summary>
/// <param name="NoticeId">BT-701.</param>
/// <param name="NoticeVersion">BT-757.</param>
/// <param name="HilmaId">HILMA's key, when harvested.</param>
/// <param name="ProcedureId">BT-04.</param>
/// <param name="FormType">BT-03.</param>
/// <param name="NoticeType">BT-02.</param>
/// <param name="NoticeSubtype">OPP-070.</param>
/// <param name="PublicationDate">Publication (or, failing that, issue) date, ISO 8601.</param>
/// <param name="Languages">BT-702.</param>
/// <param name="Title">BT-21 in the notice's first language that has one.</param>
/// <param name="Titles">BT-21 per language.</param>
/// <param name="Buyers">The buyers.</param>
/// <param name="MainCpv">BT-262.</param>
/// <param name="AdditionalCpv">BT-263.</param>
/// <param name="EstimatedValue">BT-27 of the procedure.</param>
/// <param name="ProcedureType">BT-105.</param>
/// <param name="ContractNature">BT-23.</param>
/// <param name="ChangedNoticeId">BT-758.</param>
/// <param name="Lots">The lots.</param>
/// <param name="Winners">Winners per lot.</param>
/// <param name="Innovative">See <see cref="InnovationProfile.Innovative"/>.</param>
/// <param name="InnovationCodes">The eForms innovation codes found (BT-06 <c>inn-pur</c>, BT-776).</param>
/// <param name="Innovation">The full innovation profile with its signals.</param>
/// <param name="HilmaNoticeAnswers">Notice-level HILMA answers.</param>
public sealed record NoticeDocument(
    string NoticeId,
    string? NoticeVersion,
    string? HilmaId,
    string? ProcedureId,
    string? FormType,
    string? NoticeType,
    string? NoticeSubtype,
    string? PublicationDate,
    IReadOnlyList<string> Languages,
    string? Title,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyList<NoticeDocument.BuyerDocument> Buyers,
    string? MainCpv,
    IReadOnlyList<string> AdditionalCpv,
    NoticeDocument.MoneyDocument? EstimatedValue,
    string? ProcedureType,
    string? ContractNature,
    string? ChangedNoticeId,
    IReadOnlyList<NoticeDocument.LotDocument> Lots,
    IReadOnlyList<NoticeDocument.WinnerDocument> Winners,
    bool Innovative,
    IReadOnlyList<string> InnovationCodes,
    NoticeDocument.InnovationDocument Innovation,
    NoticeDocument.AnswersDocument? HilmaNoticeAnswers)
{
    /// <summary>Builds the document of a notice.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="includeEmails">Whether buyer contact e-mails (personal data) are included.</param>
    public static NoticeDocument From(Notice notice, bool includeEmails)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var profile = notice.Innovation;
        var languageOrder = notice.Languages.Concat(["FIN", "SWE", "ENG"]).ToArray();
        var published = notice.PublicationDate ?? notice.IssueDate;
        return new NoticeDocument(
            notice.NoticeId,
            notice.NoticeVersion,
            notice.HilmaId,
            notice.ProcedureId,
            notice.FormType,
            notice.NoticeType,
            notice.Subtype,
            published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            notice.Languages,
            notice.Title.Best(languageOrder),
            notice.Title.Texts,
            [.. notice.Buyers.Select(b => new BuyerDocument(b.Name, b.Identifier?.Value, b.LegalType, b.Sector.ToString().ToLowerInvariant(), b.NutsCode, includeEmails ? b.Email : null))],
            notice.MainCpv?.Value,
            [.. notice.AdditionalCpv.Select(c => c.Value)],
            MoneyDocument.From(notice.EstimatedValue),
            notice.ProcedureType,
            notice.ContractNature,
            notice.ChangedNoticeId,
            [.. notice.Lots.Select(l => new LotDocument(l.LotId, l.Title.Best(languageOrder), l.MainCpv?.Value, MoneyDocument.From(l.EstimatedValue), l.StrategicProcurement, l.InnovativeAcquisition, AnswersDocument.From(l.HilmaAnswers)))],
            [.. notice.Winners.Select(w => new WinnerDocument(w.Name, w.Identifier?.Value, w.LotId, MoneyDocument.From(w.ContractValue), w.Nuts))],
            profile.Innovative,
            InnovationProfile.EFormsCodes(notice),
            new InnovationDocument(profile.NewToMarket, profile.NewToBuyer, profile.Considered, profile.Any, [.. profile.Signals.Select(s => s.ToString())], profile.HasHilmaAnswers),
            AnswersDocument.From(notice.HilmaNoticeAnswers));
    }

    /// <summary>A buyer.</summary>
    /// <param name="Name">BT-500.</param>
    /// <param name="BusinessId">BT-501, normalised when Finnish.</param>
    /// <param name="LegalType">BT-11.</param>
    /// <param name="Sector"><c>state</c>, <c>municipal</c>, <c>other</c> or <c>unknown</c>.</param>
    /// <param name="NutsCode">BT-507.</param>
    /// <param name="Email">BT-506, only when asked for.</param>
    public sealed record BuyerDocument(string Name, string? BusinessId, string? LegalType, string Sector, string? NutsCode, string? Email);

    /// <summary>An amount.</summary>
    /// <param name="Amount">The amount.</param>
    /// <param name="Currency">ISO 4217 code.</param>
    public sealed record MoneyDocument(decimal Amount, string Currency)
    {
        /// <summary>Null for null.</summary>
        public static MoneyDocument? From(Money? money) => money is null ? null : new MoneyDocument(money.Amount, money.Currency);
    }

    /// <summary>A lot.</summary>
    /// <param name="LotId">BT-137.</param>
    /// <param name="Title">BT-21 of the lot.</param>
    /// <param name="MainCpv">BT-262 of the lot.</param>
    /// <param name="EstimatedValue">BT-27 of the lot.</param>
    /// <param name="StrategicProcurement">BT-06 codes.</param>
    /// <param name="InnovativeAcquisition">BT-776 codes.</param>
    /// <param name="HilmaAnswers">HILMA's answers for the lot.</param>
    public sealed record LotDocument(
        string LotId,
        string? Title,
        string? MainCpv,
        MoneyDocument? EstimatedValue,
        IReadOnlyList<string> StrategicProcurement,
        IReadOnlyList<string> InnovativeAcquisition,
        AnswersDocument? HilmaAnswers);

    /// <summary>A winner.</summary>
    /// <param name="Name">BT-500.</param>
    /// <param name="BusinessId">BT-501, normalised when Finnish.</param>
    /// <param name="LotId">The lot won.</param>
    /// <param name="ContractValue">BT-720.</param>
    /// <param name="Nuts">The winner's own NUTS 3 region (BT-507).</param>
    public sealed record WinnerDocument(string Name, string? BusinessId, string LotId, MoneyDocument? ContractValue, string? Nuts);

    /// <summary>The innovation profile.</summary>
    /// <param name="NewToMarket">New to the market or industry.</param>
    /// <param name="NewToBuyer">New to the buyer.</param>
    /// <param name="Considered">Innovation considered.</param>
    /// <param name="Any">Any signal at all.</param>
    /// <param name="Signals">The signals, by name.</param>
    /// <param name="HasHilmaAnswers">HILMA answers were available.</param>
    public sealed record InnovationDocument(bool NewToMarket, bool NewToBuyer, bool Considered, bool Any, IReadOnlyList<string> Signals, bool HasHilmaAnswers);

    /// <summary>HILMA statistics answers.</summary>
    /// <param name="InnovationConsidered">innovationConsidered.</param>
    /// <param name="SolutionNewToBuyer">solutionNewToBuyer.</param>
    /// <param name="SolutionNewToMarketOrIndustry">solutionNewToMarketOrIndustry.</param>
    /// <param name="Source">Where they were read.</param>
    public sealed record AnswersDocument(bool? InnovationConsidered, bool? SolutionNewToBuyer, bool? SolutionNewToMarketOrIndustry, string Source)
    {
        /// <summary>Null for null.</summary>
        public static AnswersDocument? From(InnovationAnswers? answers) => answers is null
            ? null
            : new AnswersDocument(answers.InnovationConsidered, answers.SolutionNewToBuyer, answers.SolutionNewToMarketOrIndustry, answers.Source.ToString());
    }
}
