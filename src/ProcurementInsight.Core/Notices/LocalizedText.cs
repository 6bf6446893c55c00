namespace ProcurementInsight.Core.Notices;

/// <summary>
/// Text in one or more languages, keyed by the eForms language code (ISO 639-3 upper case:
/// <c>FIN</c>, <c>SWE</c>, <c>ENG</c>).
/// </summary>
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _texts;

    /// <summary>Creates a text from language/text pairs; empty texts are left out.</summary>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, text) in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                _texts[language.ToUpperInvariant()] = text;
            }
        }
    }

    /// <summary>A text with no language.</summary>
    public static LocalizedText Empty { get; } = new([]);

    /// <summary>The texts by language code.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>True when no language has text.</summary>
    public bool IsEmpty => _texts.Count == 0;

    /// <summary>The text in the language, or null.</summary>
    public string? this[string language] => _texts.GetValueOrDefault(language);

    /// <summary>
    /// The text in the first of the preferred languages that has one, else any text, else null.
    /// </summary>
    public string? Best(params string[] preferred)
    {
        foreach (var language in preferred)
        {
            if (_texts.TryGetValue(language, out var text))
            {
                return text;
            }
        }

        return _texts.Values.FirstOrDefault();
    }

    /// <inheritdoc />
    public override string ToString() => Best("FIN", "SWE", "ENG") ?? string.Empty;
}
