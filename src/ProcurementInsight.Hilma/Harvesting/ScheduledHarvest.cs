using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>
/// The harvest timer's work, the same in the function app (<c>HarvestNotices</c>) and in <c>serve</c>: one
/// incremental harvest from the checkpoint, unless <see cref="HilmaKeyCheck"/> has switched harvesting off,
/// in which case the run is skipped with a log line and the checkpoint stays where it is.
/// </summary>
public sealed class ScheduledHarvest(NoticeHarvester harvester, HilmaKeyCheck check, ILogger<ScheduledHarvest> logger)
{
    /// <summary>Runs one harvest, or skips it; a failure of the harvest propagates.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (check.Check().DisabledBecause is { } reason)
        {
            Log.HarvestOff(logger, reason);
            return;
        }

        await harvester.HarvestAsync(new HarvestRequest(), progress: null, cancellationToken);
    }
}
