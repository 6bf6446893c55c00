namespace ProcurementInsight.Broker.Suppliers;

/// <summary>A company's line of business and the CPV divisions it wins.</summary>
/// <param name="LineOfBusinessCode">Main line of business, a TOL 2008 code such as <c>62010</c>.</param>
/// <param name="LineOfBusiness">Its description.</param>
/// <param name="Divisions">CPV divisions won by companies of that line of business, most winners first.</param>
public sealed record FieldOfWork(string LineOfBusinessCode, string? LineOfBusiness, IReadOnlyList<DivisionWinners> Divisions);
