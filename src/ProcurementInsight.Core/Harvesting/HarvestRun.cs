namespace ProcurementInsight.Core.Harvesting;

/// <summary>One harvest run, as recorded in the run log.</summary>
/// <param name="RunId">Unique id of the run.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="From">Inclusive start of the harvested range.</param>
/// <param name="To">Exclusive end of the harvested range.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Counts">What it did.</param>
/// <param name="FinishedAt">When it ended, if it has.</param>
/// <param name="Error">The error that stopped it, in plain words.</param>
public sealed record HarvestRun(
    string RunId,
    DateTimeOffset StartedAt,
    DateTimeOffset From,
    DateTimeOffset To,
    HarvestRunStatus Status,
    HarvestCounts Counts,
    DateTimeOffset? FinishedAt,
    string? Error);
