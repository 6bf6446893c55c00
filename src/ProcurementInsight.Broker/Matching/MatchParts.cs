namespace ProcurementInsight.Broker.Matching;

/// <summary>The parts of a match score, each between 0 and 1; null where the need did not ask (no CPV, no region).</summary>
/// <param name="Text">BM25 text relevance divided by the best candidate's.</param>
/// <param name="Cpv">CPV proximity.</param>
/// <param name="Region">Share of contracts in the need's region.</param>
/// <param name="Innovation">Innovation potential / 100.</param>
/// <param name="TrackRecord">Track record near the need (see <see cref="MatchWeights.TrackRecord"/>).</param>
public sealed record MatchParts(double Text, double? Cpv, double? Region, double Innovation, double TrackRecord);
