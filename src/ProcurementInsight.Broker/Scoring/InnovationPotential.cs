namespace ProcurementInsight.Broker.Scoring;

/// <summary>A supplier's innovation potential, 0–100, with the components it is the weighted mean of.</summary>
/// <param name="Score">The potential, 0–100.</param>
/// <param name="Components">Every component with its value, weight and contribution.</param>
public sealed record InnovationPotential(double Score, IReadOnlyList<InnovationComponent> Components);
