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

    /// <summary>The longest message sent with its facts: well under the 48 KiB of text a base64-encoded queue message holds.</summary>
    internal const int MaxMessageChars = 32 * 1024;

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
        var message = JsonSerializer.Serialize(trigger);

        // A queue message holds 64 KiB (48 KiB of text once base64-encoded). A notice whose facts are larger (a hostile
        // buyer name, hundreds of buyers) is queued by key alone: the dispatcher then reads the stored notice.
        if (message.Length > MaxMessageChars)
        {
            message = JsonSerializer.Serialize(trigger with { Facts = null });
        }

        await _queue.SendMessageAsync(message, cancellationToken);
    }
}
