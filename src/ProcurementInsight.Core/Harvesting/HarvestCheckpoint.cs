namespace ProcurementInsight.Core.Harvesting;

/// <summary>How far a harvest stream has got: every notice before <paramref name="CompletedUntil"/> is stored.</summary>
/// <param name="Stream">The stream's name, e.g. <c>hilma-eformnotices</c>.</param>
/// <param name="CompletedUntil">The exclusive end of the last completed window.</param>
/// <param name="UpdatedAt">When the checkpoint was written.</param>
public sealed record HarvestCheckpoint(string Stream, DateTimeOffset CompletedUntil, DateTimeOffset UpdatedAt);
