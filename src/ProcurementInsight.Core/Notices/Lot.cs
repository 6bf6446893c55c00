using ProcurementInsight.Core.Innovation;

namespace ProcurementInsight.Core.Notices;

/// <summary>A lot of a notice (<c>LOT-0000</c> is the single lot of an undivided procedure).</summary>
/// <param name="LotId">Lot identifier (BT-137), e.g. <c>LOT-0001</c>.</param>
/// <param name="Title">Lot title (BT-21) per language.</param>
/// <param name="Description">Lot description (BT-24) per language, as clean text.</param>
/// <param name="MainCpv">Main classification (BT-262).</param>
/// <param name="AdditionalCpv">Additional classifications (BT-263).</param>
/// <param name="EstimatedValue">Estimated value (BT-27) of the lot.</param>
/// <param name="StrategicProcurement">BT-06 codes (<c>strategic-procurement</c> list), e.g. <c>inn-pur</c>.</param>
/// <param name="InnovativeAcquisition">BT-776 codes (<c>innovative-acquisition</c> list), e.g. <c>mar-nov</c>.</param>
/// <param name="HilmaAnswers">HILMA's statistics answers for this lot, when known; kept apart from the eForms codes.</param>
public sealed record Lot(
    string LotId,
    LocalizedText Title,
    LocalizedText Description,
    CpvCode? MainCpv,
    IReadOnlyList<CpvCode> AdditionalCpv,
    Money? EstimatedValue,
    IReadOnlyList<string> StrategicProcurement,
    IReadOnlyList<string> InnovativeAcquisition,
    InnovationAnswers? HilmaAnswers);
