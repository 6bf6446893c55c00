namespace ProcurementInsight.Core.Estimation;

/// <summary>The share of one group of procurements (a quarter, a sector, a CPV division, a region).</summary>
/// <param name="Group">The group's name, e.g. <c>2025-Q2</c>, <c>Municipal</c>, <c>72</c>, <c>FI1B1</c>.</param>
/// <param name="Procurements">Number of procurements in the group.</param>
/// <param name="CountShare">Share by count, by the estimate's method.</param>
/// <param name="EuroShare">Share by euros, by the estimate's method.</param>
public sealed record GroupShare(string Group, int Procurements, ShareInterval CountShare, ShareInterval EuroShare)
{
    /// <summary>Survey answers in the group: what its design-based estimate rests on.</summary>
    public int Answers { get; init; }
}
