using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Profiles;

/// <summary>The answer of <c>GET /api/suppliers/{businessId}</c>: the profile with its innovation potential.</summary>
/// <param name="Key">The profile key.</param>
/// <param name="BusinessId">The business id.</param>
/// <param name="Name">The name.</param>
/// <param name="Identification">How winners were recognised as this supplier.</param>
/// <param name="ContractsWon">Contracts in the profile.</param>
/// <param name="TotalValue">Euros won over contracts with a published value.</param>
/// <param name="MainRegion">Where most contracts were won.</param>
/// <param name="InnovationPotential">The potential with its components.</param>
/// <param name="Register">Company register data.</param>
/// <param name="Contracts">The won contracts, newest first.</param>
public sealed record SupplierDocument(
    string Key,
    string? BusinessId,
    string Name,
    string Identification,
    int ContractsWon,
    decimal TotalValue,
    string? MainRegion,
    InnovationPotential InnovationPotential,
    CompanyRegisterEntry? Register,
    IReadOnlyList<WonContract> Contracts);
