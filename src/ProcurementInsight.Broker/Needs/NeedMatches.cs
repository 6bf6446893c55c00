using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Needs;

/// <summary>The answer of <c>GET /api/needs/{id}/matches</c>.</summary>
/// <param name="Need">The need.</param>
/// <param name="Matches">Ranked suppliers.</param>
/// <param name="SmallOrFirstTimeShare">Share of matches that are small or first-time suppliers.</param>
/// <param name="SuppliersSearched">Suppliers in the index.</param>
public sealed record NeedMatches(Need Need, IReadOnlyList<SupplierMatch> Matches, double SmallOrFirstTimeShare, int SuppliersSearched)
{
    /// <summary>The potential supplier field for the need, apart from the established <see cref="Matches"/> (JSON <c>potentialSuppliers</c>).</summary>
    public SupplierField.PotentialSuppliers? PotentialSuppliers { get; init; }

    /// <summary>How the need was read (see <see cref="MatchResult.Interpretation"/>).</summary>
    public MatchInterpretation? Interpretation { get; init; }

    /// <summary>Why nothing matched through the need's words and what to try (see <see cref="MatchResult.Advice"/>).</summary>
    public MatchAdvice? Advice { get; init; }
}
