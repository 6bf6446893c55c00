namespace ProcurementInsight.Survey.Questionnaire;

/// <summary>One answer option.</summary>
/// <param name="Value">The stored value, e.g. <c>completely-new</c>.</param>
/// <param name="Text">The option's text by language (<c>fi</c>, <c>sv</c>, <c>en</c>).</param>
public sealed record QuestionOption(string Value, IReadOnlyDictionary<string, string> Text);
