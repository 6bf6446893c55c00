using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Estimation;

/// <summary>Reads survey outcomes as the estimators need them: each outcome placed on its procurement, with its design.</summary>
public static class SurveyRespondents
{
    /// <summary>The outcomes of surveys about <paramref name="units"/>, each with the procurement it is about (an outcome may name any of its notices).</summary>
    public static IReadOnlyList<(ProcurementUnit Unit, SurveyOutcome Outcome)> Place(IReadOnlyList<ProcurementUnit> units, IEnumerable<SurveyOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(outcomes);
        var unitOfNotice = new Dictionary<string, ProcurementUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var key in unit.NoticeKeys)
            {
                unitOfNotice[key] = unit;
            }
        }

        return [.. outcomes.Where(o => unitOfNotice.ContainsKey(o.NoticeKey)).Select(o => (unitOfNotice[o.NoticeKey], o))];
    }

    /// <summary>The answered surveys under a definition, with their inclusion probability (1 for invitations made before the design existed) and phase.</summary>
    public static IReadOnlyList<DesignRespondent> Answers(IEnumerable<(ProcurementUnit Unit, SurveyOutcome Outcome)> placed, ShareDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(placed);
        return [.. placed
            .Where(p => p.Outcome.Status == SurveyOutcomeStatus.Answered && p.Outcome.Label is not null)
            .Select(p => new DesignRespondent(
                p.Unit.Key,
                ShareDefinitions.IsInnovative(p.Outcome.Label!, definition), // Answered outcomes with a label only, filtered above.
                p.Outcome.Design?.InclusionProbability ?? 1.0,
                p.Outcome.Design?.Phase ?? SurveyPhase.Flagged))];
    }

    /// <summary>The design as it ran: invitations and answers per phase, and those without contact.</summary>
    public static SurveyDesignSummary Summarise(IEnumerable<(ProcurementUnit Unit, SurveyOutcome Outcome)> placed, double effectiveSampleSize)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var list = placed.Select(p => p.Outcome).ToList();
        var invited = list.Where(o => o.Status != SurveyOutcomeStatus.NoContact).ToList();
        static bool IsControl(SurveyOutcome o) => o.Design?.Phase == SurveyPhase.Control;
        return new SurveyDesignSummary(
            invited.Count(o => !IsControl(o)),
            invited.Count(o => !IsControl(o) && o.Status == SurveyOutcomeStatus.Answered),
            invited.Count(IsControl),
            invited.Count(o => IsControl(o) && o.Status == SurveyOutcomeStatus.Answered),
            list.Count(o => o.Status == SurveyOutcomeStatus.NoContact),
            effectiveSampleSize);
    }
}
