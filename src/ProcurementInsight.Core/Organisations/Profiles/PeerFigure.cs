namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>One of an organisation's figures beside its peer group's median and interquartile range.</summary>
/// <param name="Measure"><c>procurements-a-year</c>, <c>euros-a-year</c>, <c>share-count</c> or <c>share-euros</c> (the estimated share new to the market, <see cref="OrganisationShare.Shrunk"/>).</param>
/// <param name="Value">The organisation's own figure.</param>
/// <param name="Median">The peer group's median.</param>
/// <param name="LowerQuartile">The peer group's 25th percentile.</param>
/// <param name="UpperQuartile">The peer group's 75th percentile.</param>
public sealed record PeerFigure(string Measure, double Value, double Median, double LowerQuartile, double UpperQuartile);
