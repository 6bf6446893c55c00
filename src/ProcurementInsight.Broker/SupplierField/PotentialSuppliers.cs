namespace ProcurementInsight.Broker.SupplierField;

/// <summary>The potential supplier field's answer to a need, kept apart from the established (past-winner) ranking.</summary>
/// <param name="Suppliers">Best first; empty when the field has nothing for the need's CPV.</param>
/// <param name="CpvCodes">The CPV codes the field was asked for.</param>
/// <param name="CompaniesConsidered">Companies of fitting lines of business considered.</param>
/// <param name="Note">Why the list is empty, in plain words by language, or null when it is not.</param>
public sealed record PotentialSuppliers(
    IReadOnlyList<PotentialSupplier> Suppliers,
    IReadOnlyList<string> CpvCodes,
    int CompaniesConsidered,
    IReadOnlyDictionary<string, string>? Note)
{
    /// <summary>No field answer (no snapshot, or no CPV to go on).</summary>
    public static PotentialSuppliers None(IReadOnlyList<string> cpvCodes, IReadOnlyDictionary<string, string>? note) => new([], cpvCodes, 0, note);
}
