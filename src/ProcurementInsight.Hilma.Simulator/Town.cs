namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A Finnish municipality used to name buyers and place suppliers.</summary>
/// <param name="Name">Finnish name (nominative).</param>
/// <param name="Genitive">Finnish genitive, as in "Tampereen kaupunki".</param>
/// <param name="Nuts">NUTS 3 code.</param>
/// <param name="SwedishName">Official Swedish name of a Swedish-speaking municipality, else null.</param>
public sealed record Town(string Name, string Genitive, string Nuts, string? SwedishName);
