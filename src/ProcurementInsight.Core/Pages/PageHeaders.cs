namespace ProcurementInsight.Core.Pages;

/// <summary>
/// The headers every rendered page carries, the survey pages and the Razor-rendered ones alike: never cached or framed, no scripts (only
/// inline styles), forms only to this site, and no Referer that would carry a signed token in the URL elsewhere.
/// </summary>
public static class PageHeaders
{
    /// <summary>The headers.</summary>
    public static IReadOnlyDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Cache-Control"] = "no-store",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    };
}
