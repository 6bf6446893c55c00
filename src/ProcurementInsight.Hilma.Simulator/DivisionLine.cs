namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A line of business that wins a CPV division (hidden truth of the simulation).</summary>
/// <param name="Code">TOL 2008 code.</param>
/// <param name="Weight">Its weight among the division's lines.</param>
/// <param name="CpvPrefix">The CPV prefix of what it mostly delivers; empty for anything in the division.</param>
public sealed record DivisionLine(string Code, double Weight, string CpvPrefix);
