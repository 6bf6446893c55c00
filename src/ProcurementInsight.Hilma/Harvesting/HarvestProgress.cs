using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>Progress of a running harvest, reported after every stored notice batch.</summary>
/// <param name="WindowsDone">Windows completed.</param>
/// <param name="WindowsTotal">Windows in the run.</param>
/// <param name="CurrentWindowStart">Start of the window being harvested.</param>
/// <param name="Counts">Counts so far.</param>
public sealed record HarvestProgress(int WindowsDone, int WindowsTotal, DateTimeOffset CurrentWindowStart, HarvestCounts Counts);
