using ProcurementInsight.Core.Innovation;

namespace ProcurementInsight.Core.Notices;

/// <summary>A procurement notice, normalised from eForms XML and HILMA's own data.</summary>
/// <param name="NoticeId">The eForms notice identifier (BT-701), usually a UUID.</param>
/// <param name="NoticeVersion">The notice version (BT-757), e.g. <c>01</c>.</param>
/// <param name="ProcedureId">The procedure identifier (BT-04); absent on prior information notices.</param>
/// <param name="FormType">Form type (BT-03), one of <see cref="Notices.FormType"/>.</param>
/// <param name="NoticeType">Notice type (BT-02), e.g. <c>cn-standard</c>, <c>can-standard</c>.</param>
/// <param name="Subtype">Notice subtype (OPP-070): <c>1</c>–<c>40</c>, <c>E1</c>–<c>E6</c>, <c>T01</c>…</param>
/// <param name="IssueDate">When the buyer issued the notice (BT-05).</param>
/// <param name="PublicationDate">When it was published (OPP-012, or HILMA's <c>datePublished</c>).</param>
/// <param name="Languages">Notice languages (BT-702), the official one first.</param>
/// <param name="Buyers">The buyers, resolved through <c>cac:ContractingParty</c>, never by position.</param>
/// <param name="Title">Procedure title (BT-21) per language.</param>
/// <param name="Description">Procedure description (BT-24) per language, as clean text.</param>
/// <param name="MainCpv">Main classification of the procedure (BT-262).</param>
/// <param name="AdditionalCpv">Additional classifications of the procedure (BT-263).</param>
/// <param name="EstimatedValue">Estimated value of the procedure (BT-27).</param>
/// <param name="ProcedureType">Procedure type (BT-105), e.g. <c>open</c>.</param>
/// <param name="ContractNature">Main nature of the contract (BT-23): <c>services</c>, <c>supplies</c>, <c>works</c>.</param>
/// <param name="Lots">The lots (BT-137 <c>LOT-</c> ids); none for notices that have only parts or no lots.</param>
/// <param name="Winners">Winners per lot, on result notices.</param>
/// <param name="ChangedNoticeId">For change notices, the notice this one changes (BT-758).</param>
public sealed record Notice(
    string NoticeId,
    string? NoticeVersion,
    string? ProcedureId,
    string? FormType,
    string? NoticeType,
    string? Subtype,
    DateTimeOffset? IssueDate,
    DateTimeOffset? PublicationDate,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Buyer> Buyers,
    LocalizedText Title,
    LocalizedText Description,
    CpvCode? MainCpv,
    IReadOnlyList<CpvCode> AdditionalCpv,
    Money? EstimatedValue,
    string? ProcedureType,
    string? ContractNature,
    IReadOnlyList<Lot> Lots,
    IReadOnlyList<Winner> Winners,
    string? ChangedNoticeId)
{
    /// <summary>HILMA's document key (<c>EF-48640</c>, <c>OLD-52994</c>) when the notice came from HILMA.</summary>
    public string? HilmaId { get; init; }

    /// <summary>
    /// Notice-level HILMA answers: the search index's notice-level fields, or the single
    /// "innovation considered" answer of a pre-2023 notice. Per-lot answers live on <see cref="Lot"/>.
    /// </summary>
    public InnovationAnswers? HilmaNoticeAnswers { get; init; }

    /// <summary>
    /// The tender submission deadline (BT-131, <c>cac:TenderSubmissionDeadlinePeriod</c> of the lots): the latest
    /// of the lots' deadlines, so the competition is open while any lot is. Null when the notice gives none (result
    /// notices, notices stored before the field was read); for HILMA notices without it in the XML, the search
    /// index's <c>deadline</c>.
    /// </summary>
    public DateTimeOffset? TenderDeadline { get; init; }

    /// <summary>The key the service stores the notice under: the HILMA id when known, else BT-701.</summary>
    public string Key => HilmaId ?? NoticeId;

    /// <summary>
    /// True for subtypes of EU regulation 2019/1780 (1–40, CEI, T01, T02, X01, X02); false for
    /// HILMA's national subtypes E1–E6, which carry innovation only in HILMA's statistics answers.
    /// </summary>
    public bool IsEuNotice => Subtype is not null && !Subtype.StartsWith('E');

    /// <summary>True for pre-eForms notices (HILMA ids starting <c>OLD-</c>).</summary>
    public bool IsLegacy => HilmaId?.StartsWith("OLD-", StringComparison.Ordinal) == true;

    /// <summary>The innovation profile derived from every source, each kept apart.</summary>
    public InnovationProfile Innovation => InnovationProfile.From(this);
}
