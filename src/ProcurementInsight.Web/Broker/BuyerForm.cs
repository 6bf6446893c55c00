namespace ProcurementInsight.Web.Broker;

/// <summary>What the buyer page's form shows again after a post (never the API key).</summary>
/// <param name="Need">The need as typed.</param>
/// <param name="Cpv">The CPV code as typed.</param>
/// <param name="Region">The region as typed.</param>
/// <param name="Top">How many results.</param>
public sealed record BuyerForm(string Need, string Cpv, string Region, int Top);
