namespace ProcurementInsight.Broker.Needs;

/// <summary>The body of <c>POST /api/needs</c>.</summary>
/// <param name="Title">Short title (required, at most 200 characters).</param>
/// <param name="Description">What is needed (required, at most 5,000 characters).</param>
/// <param name="Cpv">Optional CPV code.</param>
/// <param name="Region">Optional NUTS code, e.g. <c>FI1B1</c>.</param>
/// <param name="Timeframe">Optional timeframe.</param>
/// <param name="BudgetBand">Optional budget band.</param>
public sealed record NeedRequest(string? Title, string? Description, string? Cpv, string? Region, string? Timeframe, string? BudgetBand);
