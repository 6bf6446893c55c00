using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml;

namespace ProcurementInsight.Functions;

/// <summary>Timer: retrains the innovation classifier and stores a new version with its card.</summary>
public sealed class TrainClassifier(ClassifierTraining training)
{
    /// <summary>The function name (also the local twin's job name).</summary>
    public const string Name = "TrainClassifier";

    /// <summary>Trains once. A failure propagates so the host records and reports it.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger("%" + MlOptions.TrainScheduleSetting + "%", UseMonitor = true)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await training.TrainAsync(cancellationToken);
    }
}
