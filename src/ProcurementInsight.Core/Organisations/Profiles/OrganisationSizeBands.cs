namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Size bands of buyer organisations by procurements a year (procurement units first published in the years the store
/// covers, divided by those years): <c>small</c> fewer than 10, <c>medium</c> 10–49, <c>large</c> 50 or more.
/// </summary>
public static class OrganisationSizeBands
{
    /// <summary>The bands' lower bounds in procurements a year: medium from 10, large from 50.</summary>
    public const double MediumFrom = 10, LargeFrom = 50;

    /// <summary>The band of an organisation with <paramref name="procurementsPerYear"/> procurements a year.</summary>
    public static string Of(double procurementsPerYear) =>
        procurementsPerYear >= LargeFrom ? "large" : procurementsPerYear >= MediumFrom ? "medium" : "small";

    /// <summary>Every band, smallest first.</summary>
    public static IReadOnlyList<string> All { get; } = ["small", "medium", "large"];
}
