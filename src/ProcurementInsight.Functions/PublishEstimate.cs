using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml;

namespace ProcurementInsight.Functions;

/// <summary>Timer: stores today's estimate of every definition as a dated snapshot.</summary>
public sealed class PublishEstimate(EstimatePublisher publisher)
{
    /// <summary>The function name (also the local twin's job name).</summary>
    public const string Name = "PublishEstimate";

    /// <summary>Publishes once. A failure propagates so the host records and reports it.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger("%" + MlOptions.PublishScheduleSetting + "%", UseMonitor = true)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await publisher.PublishAsync(cancellationToken);
    }
}
