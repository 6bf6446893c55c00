namespace ProcurementInsight.Core.Harvesting;

/// <summary>The log of harvest runs with their counts.</summary>
public interface IHarvestRunLog
{
    /// <summary>Records a run or updates its record (same <see cref="HarvestRun.RunId"/>).</summary>
    Task RecordAsync(HarvestRun run, CancellationToken cancellationToken);

    /// <summary>The most recent runs, newest first.</summary>
    Task<IReadOnlyList<HarvestRun>> RecentAsync(int count, CancellationToken cancellationToken);
}
