namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A CPV division the simulator publishes in, with its typical objects and values.</summary>
/// <param name="Code">Two-digit CPV division.</param>
/// <param name="Nature">BT-23 contract nature: <c>supplies</c>, <c>works</c> or <c>services</c>.</param>
/// <param name="MedianValue">Median estimated value in euros (values are log-normal around it).</param>
/// <param name="Frequency">Relative share of notices.</param>
/// <param name="InnovationPropensity">Multiplier of the innovation base rates (averages 1 over the corpus).</param>
/// <param name="Objects">Typical procurement objects.</param>
/// <param name="SupplierWords">Words suppliers in this division use in their names.</param>
public sealed record CpvDivision(
    string Code,
    string Nature,
    double MedianValue,
    double Frequency,
    double InnovationPropensity,
    IReadOnlyList<CatalogObject> Objects,
    IReadOnlyList<string> SupplierWords);
