namespace ProcurementInsight.Hilma.Simulator;

/// <summary>One lot (or, in prior information notices, one part) of a simulated notice.</summary>
/// <param name="Id">BT-137 id, <c>LOT-0001</c> (or <c>PAR-0001</c>).</param>
/// <param name="Title">Lot title per language.</param>
/// <param name="Description">Lot description per language.</param>
/// <param name="CpvCodes">Main CPV first, then additional ones.</param>
/// <param name="EstimatedValue">BT-27 estimated value, when given.</param>
/// <param name="Statistics">HILMA statistics answers, when the notice type has them.</param>
/// <param name="Awards">Winning tenders (result notices only).</param>
/// <param name="InnovativeAcquisitionCodes">BT-776 codes HILMA writes into EU notices (<c>mar-nov</c>, <c>org-nov</c>).</param>
/// <param name="StrategicProcurementCodes">BT-06 codes (<c>inn-pur</c>).</param>
/// <param name="ReceivedTenders">BT-759 number of tenders received (result notices).</param>
/// <param name="ObjectIndex">What the lot buys: the index of its object in its division's catalogue (its CPV code may be the division's general one).</param>
public sealed record SimulatedLot(
    string Id,
    TextSet Title,
    TextSet Description,
    IReadOnlyList<string> CpvCodes,
    decimal? EstimatedValue,
    LotStatistics? Statistics,
    IReadOnlyList<LotAward> Awards,
    IReadOnlyList<string> InnovativeAcquisitionCodes,
    IReadOnlyList<string> StrategicProcurementCodes,
    int ReceivedTenders,
    int ObjectIndex);
