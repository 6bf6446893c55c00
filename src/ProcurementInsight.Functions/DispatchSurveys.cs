using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;

namespace ProcurementInsight.Functions;

/// <summary>Queue: one harvested notice to consider for the follow-up survey; creates its invitations and sends them.</summary>
public sealed class DispatchSurveys(SurveyTriggerHandler handler)
{
    /// <summary>The function name (also the local twin's queue handler name).</summary>
    public const string Name = "DispatchSurveys";

    /// <summary>
    /// Handles the message. A failure propagates so the host retries it; the handler itself sets a message
    /// aside in <c>survey-triggers-poison</c>, with the reason, on its last attempt or when it can never succeed.
    /// </summary>
    [Function(Name)]
    public async Task RunAsync([QueueTrigger(StorageLayout.SurveyTriggersQueueName)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await handler.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);
    }
}
