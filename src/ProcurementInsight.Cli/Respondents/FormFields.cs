namespace ProcurementInsight.Cli.Respondents;

/// <summary>A survey form as a browser sees it: the fields it will post, and the choices each question offers.</summary>
internal sealed class FormFields
{
    private readonly Dictionary<string, (bool Single, HashSet<string> Choices)> _questions = new(StringComparer.Ordinal);

    /// <summary>What will be posted, in order (hidden fields first, as the form holds them).</summary>
    public List<KeyValuePair<string, string>> Values { get; } = [];

    /// <summary>The posted value of a field; null when it has none.</summary>
    public string? Value(string name) => Values.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>Records a question's choice (null for a free-text or number field).</summary>
    public void AddOption(string name, string? choice, bool single)
    {
        if (!_questions.TryGetValue(name, out var question))
        {
            question = (single, new HashSet<string>(StringComparer.Ordinal));
            _questions[name] = question;
        }

        if (choice is not null)
        {
            question.Choices.Add(choice);
        }
    }

    /// <summary>Answers a question the answer needs; a problem when the form does not offer that choice.</summary>
    public string? Choose(string name, string choice) =>
        Offer(name, choice) ? null : $"the form has no choice '{choice}' for '{name}'";

    /// <summary>Answers a question when the form asks it and offers the choice (any text for a free field); false otherwise.</summary>
    public bool Offer(string name, string value)
    {
        if (value.Length == 0 || !_questions.TryGetValue(name, out var question) || (question.Choices.Count > 0 && !question.Choices.Contains(value)))
        {
            return false;
        }

        if (question.Single)
        {
            Values.RemoveAll(v => v.Key == name);
        }
        else if (Values.Contains(new(name, value)))
        {
            return true;
        }

        Values.Add(new(name, value));
        return true;
    }
}
