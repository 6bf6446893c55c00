namespace ProcurementInsight.Core.Broker;

/// <summary>A buyer's need: what it is preparing to procure.</summary>
/// <param name="Id">The need's id.</param>
/// <param name="Organisation">The buyer organisation that submitted it (from its API key).</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">What is needed, in any of Finnish, Swedish or English.</param>
/// <param name="Cpv">Optional CPV code (eight digits).</param>
/// <param name="Region">Optional NUTS code of where it is needed (e.g. <c>FI1B1</c>).</param>
/// <param name="Timeframe">Optional free-text timeframe (e.g. <c>2027 Q1</c>).</param>
/// <param name="BudgetBand">Optional budget band (e.g. <c>100k-500k</c>).</param>
/// <param name="CreatedAt">When it was submitted.</param>
public sealed record Need(
    string Id,
    string Organisation,
    string Title,
    string Description,
    string? Cpv,
    string? Region,
    string? Timeframe,
    string? BudgetBand,
    DateTimeOffset CreatedAt);
