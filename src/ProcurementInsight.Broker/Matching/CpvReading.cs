namespace ProcurementInsight.Broker.Matching;

/// <summary>A CPV code a need was read as.</summary>
/// <param name="Code">The CPV code.</param>
/// <param name="Label">Its label in the need's language.</param>
/// <param name="Score">How well its label covers the need, relative to the best reading (1).</param>
public sealed record CpvReading(string Code, string Label, double Score);
