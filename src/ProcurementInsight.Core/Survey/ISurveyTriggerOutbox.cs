namespace ProcurementInsight.Core.Survey;

/// <summary>
/// Survey triggers owed for saved notices. The harvester marks a notice here before it saves it and
/// removes the mark once its trigger is queued, so a run killed between saving and queueing leaves a mark
/// that the next run (or <c>survey scan</c>) completes: the trigger is as durable as the notice.
/// </summary>
public interface ISurveyTriggerOutbox
{
    /// <summary>Marks a notice as owing a survey trigger. Marking it again is harmless.</summary>
    Task AddAsync(string noticeKey, CancellationToken cancellationToken);

    /// <summary>Removes the mark once the trigger is queued (or nothing is owed). Removing an absent mark is harmless.</summary>
    Task RemoveAsync(string noticeKey, CancellationToken cancellationToken);

    /// <summary>Every notice still owing a trigger.</summary>
    IAsyncEnumerable<PendingSurveyTrigger> ListAsync(CancellationToken cancellationToken);
}
