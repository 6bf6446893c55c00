namespace ProcurementInsight.Survey;

/// <summary>The per-address burden cap (section <c>Survey:Cap</c>).</summary>
public sealed class SurveyCapOptions
{
    /// <summary>The configuration section, <c>Survey:Cap</c>.</summary>
    public const string SectionName = "Survey:Cap";

    /// <summary>
    /// C: the procedures an address is surveyed about in a quarter with certainty; the k-th beyond is kept with
    /// probability (C/k)², so an address expects fewer than 2C a quarter. 6 by default.
    /// </summary>
    public int PerAddressPerQuarter { get; set; } = 6;
}
