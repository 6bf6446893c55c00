namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A supplier that can win contracts.</summary>
/// <param name="Name">Company name.</param>
/// <param name="CompanyId">Finnish business id (valid check digit) or a foreign VAT-style id.</param>
/// <param name="Country">ISO 3166-1 alpha-3 country code.</param>
/// <param name="City">Post town.</param>
/// <param name="Nuts">NUTS 3 code (Finnish suppliers only).</param>
/// <param name="Division">CPV division the supplier mostly sells in.</param>
public sealed record SimulatedSupplier(string Name, string CompanyId, string Country, string City, string? Nuts, string Division)
{
    /// <summary>A Finnish company (its id is a business id).</summary>
    public bool IsFinnish => Country == "FIN";

    /// <summary>The form HILMA's search index uses in <c>winnerOrganisations</c>: <c>Name (1234567-8)</c>.</summary>
    public string IndexLabel => Name + " (" + CompanyId + ")";
}
