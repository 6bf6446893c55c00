namespace ProcurementInsight.Broker.Matching;

/// <summary>A ranked supplier for a need.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="Key">The profile key.</param>
/// <param name="BusinessId">The business id, when known.</param>
/// <param name="Name">The supplier's name.</param>
/// <param name="Score">The match score, 0–1.</param>
/// <param name="InnovationPotential">The innovation potential, 0–100.</param>
/// <param name="ContractsWon">Contracts won in the profile.</param>
/// <param name="SmallOrFirstTime">At most <see cref="SupplierIndex.SmallSupplierMaxContracts"/> contracts won and under <see cref="SupplierIndex.SmallSupplierMaxValue"/> euros in total, or only one contract.</param>
/// <param name="Evidence">Why it matched.</param>
public sealed record SupplierMatch(
    int Rank,
    string Key,
    string? BusinessId,
    string Name,
    double Score,
    double InnovationPotential,
    int ContractsWon,
    bool SmallOrFirstTime,
    MatchEvidence Evidence);
