namespace ProcurementInsight.Broker.SupplierField;

/// <summary>A company from the register that could answer a need though it has won no (or little) public contracts.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="BusinessId">Business id.</param>
/// <param name="Name">Name in the register.</param>
/// <param name="LineCode">Main line of business (TOL 2008).</param>
/// <param name="LineName">Its name, when the register gave one.</param>
/// <param name="City">Registered office's post town.</param>
/// <param name="Region">NUTS 3 region of the town (learned from winners), or null.</param>
/// <param name="RegisteredYear">Year the business id was granted, or null.</param>
/// <param name="CompanyForm">Company form, e.g. <c>Osakeyhtiö</c>.</param>
/// <param name="ContractsWon">Public contracts it has won (0 or few).</param>
/// <param name="Score">Relative likelihood of answering the need, 0–1 (1 for the best of the field).</param>
/// <param name="Evidence">Why it is shown, as counts from the learned table.</param>
public sealed record PotentialSupplier(
    int Rank,
    string BusinessId,
    string Name,
    string LineCode,
    string? LineName,
    string? City,
    string? Region,
    int? RegisteredYear,
    string? CompanyForm,
    int ContractsWon,
    double Score,
    PotentialEvidence Evidence);
