namespace ProcurementInsight.Core.Broker;

/// <summary>A line of business whose companies the register field snapshot holds.</summary>
/// <param name="Code">TOL 2008 code.</param>
/// <param name="Name">Its name as the register gives it (Finnish first), or null when no company was found.</param>
/// <param name="RetrievedAt">When its companies were last read from the register.</param>
/// <param name="Complete">False when the call cap stopped the paging before the last page.</param>
public sealed record RegisterFieldLine(string Code, string? Name, DateTimeOffset RetrievedAt, bool Complete);
