namespace ProcurementInsight.Core.Broker;

/// <summary>
/// One cell of the learned table of which lines of business win which CPV codes: contracts won by companies of
/// a main line of business, by the contract's CPV group (first three digits) and the winner's home region.
/// </summary>
/// <param name="CpvGroup">First three digits of the contract's CPV code (its division is the first two).</param>
/// <param name="LineCode">The winner's main line of business (TOL 2008).</param>
/// <param name="Region">The winner's home NUTS 3 region, or null when unknown.</param>
/// <param name="Contracts">Contracts won.</param>
public sealed record LineWins(string CpvGroup, string LineCode, string? Region, int Contracts);
