namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A text in the languages a notice uses; null where the notice has no text in that language.</summary>
public sealed record TextSet(string? Fi, string? Sv, string? En)
{
    /// <summary>The first present text, Finnish before Swedish before English.</summary>
    public string Any => Fi ?? Sv ?? En ?? string.Empty;

    /// <summary>Pairs of eForms language code and text, in a fixed order.</summary>
    public IEnumerable<(string Language, string Text)> Present()
    {
        if (Fi is not null)
        {
            yield return ("FIN", Fi);
        }

        if (Sv is not null)
        {
            yield return ("SWE", Sv);
        }

        if (En is not null)
        {
            yield return ("ENG", En);
        }
    }
}
