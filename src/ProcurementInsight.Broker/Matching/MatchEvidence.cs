using ProcurementInsight.Broker.Scoring;

namespace ProcurementInsight.Broker.Matching;

/// <summary>Why a supplier matched.</summary>
/// <param name="MatchedTerms">Need terms (stemmed by the language's analyzer) found in the supplier's contract texts.</param>
/// <param name="Contracts">Won contracts most like the need.</param>
/// <param name="Parts">The score's parts.</param>
/// <param name="InnovationComponents">The innovation potential's components.</param>
/// <param name="NameMatchedOnly">The supplier was recognised by name only (no identifier published): check before relying on it.</param>
public sealed record MatchEvidence(
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<MatchedContract> Contracts,
    MatchParts Parts,
    IReadOnlyList<InnovationComponent> InnovationComponents,
    bool NameMatchedOnly);
