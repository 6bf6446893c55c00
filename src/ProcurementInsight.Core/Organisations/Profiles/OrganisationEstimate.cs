namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>An organisation's estimated realised shares (by count and by euros) with their 95 % intervals, and the shift behind them.</summary>
/// <param name="Count">The share of its procurements that are innovative.</param>
/// <param name="Euros">The share of its euros in innovative procurements.</param>
/// <param name="Effect">Its shift from the classifier.</param>
public sealed record OrganisationEstimate(ShareFigure Count, ShareFigure Euros, OrganisationEffect Effect);
