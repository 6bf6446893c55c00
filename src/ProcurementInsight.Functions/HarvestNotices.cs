using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Hilma;
using ProcurementInsight.Hilma.Harvesting;

namespace ProcurementInsight.Functions;

/// <summary>Timer: harvests HILMA notices from the checkpoint to now.</summary>
public sealed class HarvestNotices(ScheduledHarvest harvest)
{
    /// <summary>The function name (also the local twin's job name).</summary>
    public const string Name = "HarvestNotices";

    /// <summary>
    /// Runs one incremental harvest (skipped, with a log line, while the HILMA key is missing). A failure
    /// propagates so the host records and reports it.
    /// </summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger("%" + HarvestSchedule.SettingName + "%", UseMonitor = true)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await harvest.RunAsync(cancellationToken);
    }
}
