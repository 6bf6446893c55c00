namespace ProcurementInsight.Broker.Matching;

/// <summary>The ranked suppliers for a need.</summary>
/// <param name="Matches">Best first.</param>
/// <param name="SmallOrFirstTimeShare">Share of the matches that are small or first-time suppliers.</param>
/// <param name="SuppliersSearched">Suppliers in the index.</param>
public sealed record MatchResult(IReadOnlyList<SupplierMatch> Matches, double SmallOrFirstTimeShare, int SuppliersSearched)
{
    /// <summary>The potential supplier field: register companies that never won (or won little), kept apart from <see cref="Matches"/>.</summary>
    public SupplierField.PotentialSuppliers? PotentialSuppliers { get; init; }

    /// <summary>How the need was read: language, terms, CPV readings, innovation wording.</summary>
    public MatchInterpretation? Interpretation { get; init; }

    /// <summary>Why nothing (or nothing through the need's words) matched and what to try; null when words matched.</summary>
    public MatchAdvice? Advice { get; init; }
}
