using System.Text.Json;
using Azure.Storage.Queues;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The survey trigger queue (<see cref="StorageLayout.SurveyTriggers"/>): one JSON message
/// <c>{"NoticeKey":"EF-48640"}</c> per notice, base64-encoded as the Functions queue trigger expects.
/// </summary>
public sealed class QueueSurveyTriggerSink : ISurveyTriggerSink
{
    private readonly QueueClient _queue;

    /// <summary>Creates the queue client for the layout's queue.</summary>
    public QueueSurveyTriggerSink(QueueServiceClient queues, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(layout);
        _queue = queues.GetQueueClient(layout.SurveyTriggers);
    }

    /// <inheritdoc />
    public async Task EnqueueAsync(SurveyTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        await _queue.SendMessageAsync(JsonSerializer.Serialize(trigger), cancellationToken);
    }
}
