using System.Globalization;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Survey;

/// <summary>
/// The strata of the survey design: the buyer's sector × the main CPV division × the value band. The
/// control sample is allocated and drawn per stratum, and the estimators weight within them.
/// </summary>
public static class SurveyStrata
{
    /// <summary>The value bands, smallest first; <c>unknown</c> when no value was published.</summary>
    public static IReadOnlyList<string> ValueBands { get; } = ["small", "medium", "large", "huge", "unknown"];

    /// <summary>
    /// The value band of an amount in euros: <c>small</c> under 60,000 (the national threshold of goods and
    /// services), <c>medium</c> under 215,000 (about the EU threshold), <c>large</c> under a million,
    /// <c>huge</c> above, <c>unknown</c> when null.
    /// </summary>
    public static string ValueBand(decimal? euros) => euros switch
    {
        null => "unknown",
        < 60_000m => "small",
        < 215_000m => "medium",
        < 1_000_000m => "large",
        _ => "huge",
    };

    /// <summary>The stratum key, e.g. <c>Municipal|45|medium</c>; <c>??</c> stands for an unknown CPV division.</summary>
    public static string Of(Sector sector, string? cpvDivision, string valueBand)
    {
        ArgumentNullException.ThrowIfNull(valueBand);
        return string.Create(CultureInfo.InvariantCulture, $"{sector}|{(string.IsNullOrWhiteSpace(cpvDivision) ? "??" : cpvDivision)}|{valueBand}");
    }
}
