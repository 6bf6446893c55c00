namespace ProcurementInsight.Hilma.Simulator;

/// <summary>One eForms or HILMA national notice subtype and how the simulator renders it.</summary>
/// <param name="Subtype">BT-02 subtype as HILMA's search index writes it in <c>type</c> ("16", "E3").</param>
/// <param name="Kind">Role in the procedure.</param>
/// <param name="MainType">The search index's <c>mainType</c> group.</param>
/// <param name="RootElement">UBL root element name.</param>
/// <param name="FormType">BT-03 form type, the <c>listName</c> of <c>cbc:NoticeTypeCode</c>.</param>
/// <param name="NoticeTypeCode">BT-02 notice type code.</param>
/// <param name="RegulatoryDomain">BT-01 legal basis (<c>other</c> for national notices).</param>
/// <param name="IsNational">A HILMA national (below EU threshold) notice.</param>
/// <param name="HasStatistics">HILMA statistics are mandatory (types 14–24, 29–37, E1, E3, E4).</param>
/// <param name="Weight">Relative frequency in the corpus, in per cent.</param>
public sealed record NoticeTypeInfo(
    string Subtype,
    NoticeKind Kind,
    string MainType,
    string RootElement,
    string FormType,
    string NoticeTypeCode,
    string RegulatoryDomain,
    bool IsNational,
    bool HasStatistics,
    double Weight)
{
    /// <summary>Planning notices (PINs) carry no <c>cbc:ContractFolderID</c> and use parts, not lots.</summary>
    public bool IsPin => Kind == NoticeKind.Planning && Subtype != "E1";

    /// <summary>Notices with a result section (winners, contract values).</summary>
    public bool HasResult => Kind is NoticeKind.Award or NoticeKind.ExAnte or NoticeKind.Modification;

    /// <summary><c>endUserInvolved</c> is asked only for notice types 14, 20, 21, 33, 34, 35 (CONTRACTS.md A.9).</summary>
    public bool AsksEndUser => Subtype is "14" or "20" or "21" or "33" or "34" or "35";
}
