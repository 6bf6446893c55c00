namespace ProcurementInsight.Web.Broker;

/// <summary>What the supplier page shows a company: what the fit rests on, open needs and open competitions.</summary>
/// <param name="Summary">What the fit rests on, in the page's language.</param>
/// <param name="Needs">Buyers' open needs that fit.</param>
/// <param name="Competitions">Open competitions that fit.</param>
public sealed record OpportunitiesView(string Summary, IReadOnlyList<OpportunityView> Needs, IReadOnlyList<OpportunityView> Competitions);
