using System.Text.Json;
using Azure.Storage.Queues;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// The survey trigger poison queue (<see cref="StorageLayout.SurveyTriggersPoison"/>): one JSON
/// <see cref="PoisonedSurveyTrigger"/> per message, kept for 30 days so an operator can see what failed and why.
/// </summary>
public sealed class QueueSurveyPoisonStore : ISurveyPoisonStore
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(30);
    private readonly QueueClient _queue;

    /// <summary>Creates the queue client for the layout's poison queue.</summary>
    public QueueSurveyPoisonStore(QueueServiceClient queues, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(layout);
        _queue = queues.GetQueueClient(layout.SurveyTriggersPoison);
    }

    /// <inheritdoc />
    public async Task AddAsync(PoisonedSurveyTrigger message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _queue.SendMessageAsync(JsonSerializer.Serialize(message), visibilityTimeout: null, timeToLive: TimeToLive, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PoisonedSurveyTrigger>> PeekAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var peeked = await _queue.PeekMessagesAsync(Math.Min(max, 32), cancellationToken);
        return [.. peeked.Value.Select(m => JsonSerializer.Deserialize<PoisonedSurveyTrigger>(m.Body.ToString())!)];
    }
}
