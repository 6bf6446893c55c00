using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Notices;

/// <summary>A winning tenderer of one lot in a result notice.</summary>
/// <param name="LotId">The lot (BT-13713 lot result's lot, e.g. <c>LOT-0001</c>).</param>
/// <param name="Name">Organisation name (BT-500).</param>
/// <param name="Identifier">Organisation id (BT-501), normalised when Finnish.</param>
/// <param name="ContractValue">Value of the winning tender or contract (BT-720), if published.</param>
/// <param name="ContractId">The settled contract's id (BT-150), if published.</param>
/// <param name="Nuts">The winning organisation's own NUTS 3 region (BT-507 of its address), if published.</param>
public sealed record Winner(
    string LotId,
    string Name,
    OrganisationIdentifier? Identifier,
    Money? ContractValue,
    string? ContractId,
    string? Nuts = null);
