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
    /// <summary>Indexes (into the division's objects) of what the supplier mainly delivers.</summary>
    public IReadOnlyList<int> Specialties { get; init; } = [];

    /// <summary>How much the supplier's offer stands out in innovative procurements (about 1 on average; innovators 3–10).</summary>
    public double Innovativeness { get; init; } = 1.0;

    /// <summary>True when the supplier sells across Finland; otherwise it mostly wins near its home region.</summary>
    public bool National { get; init; }

    /// <summary>Rank by size within the division (0 = largest).</summary>
    public int SizeRank { get; init; }

    /// <summary>A Finnish company (its id is a business id).</summary>
    public bool IsFinnish => Country == "FIN";

    /// <summary>The form HILMA's search index uses in <c>winnerOrganisations</c>: <c>Name (1234567-8)</c>.</summary>
    public string IndexLabel => Name + " (" + CompanyId + ")";
}
