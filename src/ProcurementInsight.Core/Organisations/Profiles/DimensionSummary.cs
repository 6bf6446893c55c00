namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// The survey's dimensions (what was procured, how innovation was sought, cross-cutting aims) summarised over a set of
/// answers. Free-text answers are never part of it. Fewer than <see cref="SurveyDimensions.MinimumAnswers"/> answers are
/// not broken down: <see cref="Counts"/> is then empty and <see cref="Note"/> says so.
/// </summary>
/// <param name="Answers">Answers summarised.</param>
/// <param name="Counts">Per question and option, in questionnaire order; empty when not broken down.</param>
/// <param name="Note">Why there is no breakdown; null when there is one.</param>
public sealed record DimensionSummary(int Answers, IReadOnlyList<DimensionCount> Counts, string? Note)
{
    /// <summary>True when the answers are broken down.</summary>
    public bool BrokenDown => Note is null;
}
