namespace ProcurementInsight.Web.Broker;

/// <summary>A need or competition that fits a supplier, with why, in the page's language.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Buyer">The buyer.</param>
/// <param name="Cpv">Its CPV code, if any.</param>
/// <param name="Region">Its region, if any.</param>
/// <param name="Deadline">The tender deadline of a competition.</param>
/// <param name="Why">The reasons it fits.</param>
public sealed record OpportunityView(string Title, string Buyer, string? Cpv, string? Region, DateTimeOffset? Deadline, IReadOnlyList<string> Why);
