namespace ProcurementInsight.Survey.Questionnaire;

/// <summary>One question of the questionnaire.</summary>
/// <param name="Id">The stable id answers are stored under, e.g. <c>new-to-market</c>.</param>
/// <param name="Type">How it is answered.</param>
/// <param name="Required">True when the form cannot be saved without it.</param>
/// <param name="Text">The question by language.</param>
/// <param name="Help">An optional hint by language.</param>
/// <param name="Options">The options of single and multiple choice questions.</param>
public sealed record Question(
    string Id,
    QuestionType Type,
    bool Required,
    IReadOnlyDictionary<string, string> Text,
    IReadOnlyDictionary<string, string>? Help,
    IReadOnlyList<QuestionOption> Options);
