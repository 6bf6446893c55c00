namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A TOL 2008 line of business of the register simulator.</summary>
/// <param name="Code">Five-digit TOL 2008 code.</param>
/// <param name="Fi">Finnish name.</param>
/// <param name="Sv">Swedish name.</param>
/// <param name="En">English name.</param>
/// <param name="Share">Share of all Finnish enterprises with this main line (assumed, see <see cref="BusinessLines"/>).</param>
public sealed record BusinessLine(string Code, string Fi, string Sv, string En, double Share);
