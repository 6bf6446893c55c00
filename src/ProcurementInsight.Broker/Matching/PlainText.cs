namespace ProcurementInsight.Broker.Matching;

/// <summary>A sentence in Finnish, Swedish and English.</summary>
/// <param name="Fi">Finnish.</param>
/// <param name="Sv">Swedish.</param>
/// <param name="En">English.</param>
public sealed record PlainText(string Fi, string Sv, string En)
{
    /// <summary>The sentence in a language (FIN, SWE, ENG or fi, sv, en); Finnish otherwise.</summary>
    public string In(string? language) => TextAnalysis.ParseLanguage(language) switch
    {
        TextAnalysis.Swedish => Sv,
        TextAnalysis.English => En,
        _ => Fi,
    };
}
