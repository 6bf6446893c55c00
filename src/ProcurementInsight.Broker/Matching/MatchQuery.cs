namespace ProcurementInsight.Broker.Matching;

/// <summary>What to match suppliers against.</summary>
/// <param name="Text">The need's title and description, in Finnish, Swedish or English.</param>
/// <param name="Cpv">Optional CPV code, eight digits.</param>
/// <param name="Region">Optional NUTS code (any level, e.g. <c>FI1B1</c> or <c>FI1B</c>).</param>
/// <param name="Top">How many matches.</param>
public sealed record MatchQuery(string Text, string? Cpv, string? Region, int Top)
{
    /// <summary>
    /// The need's title, when it has one apart from <see cref="Text"/>: contracts won are compared with it
    /// rather than with the whole text, since a title names what is bought and a description wanders.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>The need's language (fi, sv, en or FIN, SWE, ENG) when the buyer gave it; detected from the text otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>True when the text names a language the broker reads (fi, sv, en or FIN, SWE, ENG).</summary>
    public static bool IsLanguage(string? language) => TextAnalysis.ParseLanguage(language) is not null;
}
