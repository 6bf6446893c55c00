using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Profiles;

namespace ProcurementInsight.Functions;

/// <summary>Timer: rebuilds supplier profiles from result notices and enriches them from the company register.</summary>
public sealed class BuildSupplierProfiles(SupplierProfileJob job)
{
    /// <summary>The function name (also the local twin's job name).</summary>
    public const string Name = "BuildSupplierProfiles";

    /// <summary>Runs one build. A failure propagates so the host records and reports it.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger("%" + SupplierProfileSchedule.SettingName + "%", UseMonitor = true)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await job.RunAsync(cancellationToken);
    }
}
