namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A procurement object in three languages with its CPV code.</summary>
public sealed record CatalogObject(string Cpv, string Fi, string Sv, string En);
