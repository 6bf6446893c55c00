using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>What the survey decided for a notice: the procedure's draw and each buyer's decision.</summary>
/// <param name="Draw">The procedure's draw to record (or as recorded, possibly upgraded); null when the notice is not considered (not a surveyed form type, or unflagged with the control sample off).</param>
/// <param name="Buyers">One decision per distinct buyer; empty when <paramref name="Draw"/> is null.</param>
public sealed record SurveyDecision(SurveyDraw? Draw, IReadOnlyList<SurveyBuyerDecision> Buyers);
