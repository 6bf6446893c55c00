namespace ProcurementInsight.Core.Survey;

/// <summary>The queue through which harvested notices reach the survey.</summary>
public interface ISurveyTriggerSink
{
    /// <summary>Queues one notice for the survey to consider. Queuing a notice twice is harmless.</summary>
    Task EnqueueAsync(SurveyTrigger trigger, CancellationToken cancellationToken);
}
