namespace ProcurementInsight.Core.Notices;

/// <summary>An amount of money with its ISO 4217 currency code.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">The currency, e.g. <c>EUR</c>.</param>
public sealed record Money(decimal Amount, string Currency);
