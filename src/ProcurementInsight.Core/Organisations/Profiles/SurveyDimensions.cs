namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// The multiple-choice questions of the survey summarised in organisation profiles, with their options in questionnaire
/// order (questionnaire <c>2026-1</c>: src/ProcurementInsight.Survey/Questionnaire/questionnaire-2026-1.json).
/// </summary>
public static class SurveyDimensions
{
    /// <summary>Figures from fewer answers than this are not broken down.</summary>
    public const int MinimumAnswers = 5;

    /// <summary>The note shown instead of a breakdown.</summary>
    public const string TooFewNote = "fewer than 5 answers";

    /// <summary>Question id → its options, in questionnaire order.</summary>
    public static IReadOnlyList<(string Question, IReadOnlyList<string> Options)> Questions { get; } =
    [
        ("subject", ["goods", "services", "works", "process"]),
        ("methods", ["market-dialogue", "functional-specifications", "award-criteria", "innovation-partnership", "pre-commercial", "competitive-dialogue"]),
        ("goals", ["carbon-neutrality", "digitalisation", "data-use"]),
    ];

    /// <summary>Summarises answers (each a map of question id → chosen values); anything but the listed questions and options is ignored.</summary>
    public static DimensionSummary Summarise(IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<string>>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count < MinimumAnswers)
        {
            return new DimensionSummary(answers.Count, [], TooFewNote);
        }

        var counts = new List<DimensionCount>();
        foreach (var (question, options) in Questions)
        {
            foreach (var option in options)
            {
                var chosen = answers.Count(a => a.TryGetValue(question, out var values) && values.Contains(option, StringComparer.Ordinal));
                counts.Add(new DimensionCount(question, option, chosen, chosen / (double)answers.Count));
            }
        }

        return new DimensionSummary(answers.Count, counts, null);
    }
}
