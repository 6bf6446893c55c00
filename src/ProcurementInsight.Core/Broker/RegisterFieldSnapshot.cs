namespace ProcurementInsight.Core.Broker;

/// <summary>
/// The potential supplier field, kept by the supplier profile build: the learned table of which lines of business
/// win which CPV codes, the register's companies of those lines, and the towns whose region the winners show.
/// </summary>
/// <param name="BuiltAt">When the build wrote it.</param>
/// <param name="Wins">The learned table, from the winners' own register data.</param>
/// <param name="Lines">The lines whose companies are held, with when they were read.</param>
/// <param name="Companies">The register's companies of those lines, winners included (with their contract count).</param>
/// <param name="TownRegions">Post town (upper case) to NUTS 3 region, learned from winners whose notices give their region.</param>
/// <param name="FirstWins">Companies' first won contracts with their register data, which the ranking learns from; null in snapshots written before it was kept.</param>
public sealed record RegisterFieldSnapshot(
    DateTimeOffset BuiltAt,
    IReadOnlyList<LineWins> Wins,
    IReadOnlyList<RegisterFieldLine> Lines,
    IReadOnlyList<RegisterFieldCompany> Companies,
    IReadOnlyDictionary<string, string> TownRegions,
    IReadOnlyList<FirstWin>? FirstWins = null);
