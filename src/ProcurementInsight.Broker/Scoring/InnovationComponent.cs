namespace ProcurementInsight.Broker.Scoring;

/// <summary>One named component of an innovation potential.</summary>
/// <param name="Name">The component's name, e.g. <c>innovativeContracts</c>.</param>
/// <param name="Raw">The figure it is computed from (a count, a share, years).</param>
/// <param name="Value">The component between 0 and 1.</param>
/// <param name="Weight">Its configured weight.</param>
/// <param name="Contribution">Its points of the 0–100 potential: <c>100 · weight · value / Σ weights</c>.</param>
/// <param name="Explanation">What it means, in plain words.</param>
public sealed record InnovationComponent(string Name, double Raw, double Value, double Weight, double Contribution, string Explanation);
