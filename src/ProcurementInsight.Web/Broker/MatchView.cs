namespace ProcurementInsight.Web.Broker;

/// <summary>One ranked supplier as the buyer page and the broker view show it, with its evidence.</summary>
/// <param name="Name">The supplier's name.</param>
/// <param name="BusinessId">Its business id, when known.</param>
/// <param name="Score">The match score (0–1).</param>
/// <param name="InnovationPotential">The innovation potential (0–100).</param>
/// <param name="ContractsWon">Contracts it has won.</param>
/// <param name="SmallOrFirstTime">True for a small or first-time supplier.</param>
/// <param name="MatchedTerms">The need's words its contracts share.</param>
/// <param name="NameMatchedOnly">True when it was recognised by its name only.</param>
/// <param name="Contracts">Similar contracts it won.</param>
/// <param name="Components">The parts of its innovation potential.</param>
public sealed record MatchView(
    string Name,
    string? BusinessId,
    double Score,
    double InnovationPotential,
    int ContractsWon,
    bool SmallOrFirstTime,
    IReadOnlyList<string> MatchedTerms,
    bool NameMatchedOnly,
    IReadOnlyList<ContractView> Contracts,
    IReadOnlyList<ComponentView> Components);
