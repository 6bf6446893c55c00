namespace ProcurementInsight.Web.Broker;

/// <summary>A contract a supplier won, shown as evidence for a match.</summary>
/// <param name="Title">The contract's title.</param>
/// <param name="Buyer">Who bought it.</param>
/// <param name="AwardedOn">When, as the notice gives it.</param>
/// <param name="Cpv">Its CPV code, if any.</param>
/// <param name="Region">Its NUTS region, if any.</param>
public sealed record ContractView(string Title, string Buyer, string AwardedOn, string? Cpv, string? Region);
