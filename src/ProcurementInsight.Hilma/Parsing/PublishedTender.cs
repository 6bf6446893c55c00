using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>An <c>efac:LotTender</c> of the notice result.</summary>
/// <param name="TenderingPartyId">The tendering party that submitted it (OPT-310).</param>
/// <param name="Value">The tender value (BT-720).</param>
internal sealed record PublishedTender(string? TenderingPartyId, Money? Value);
