using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Survey;

/// <summary>
/// Handles one message of the survey trigger queue, the same in the function app (<c>DispatchSurveys</c>)
/// and in <c>serve</c>. A message that cannot succeed (malformed, unknown notice) is set aside in the
/// poison queue at once with its reason; one that fails otherwise is thrown back for the queue to
/// retry, until its <see cref="SurveyOptions.MaxDequeueCount"/>-th attempt, which is set aside with the error.
/// </summary>
public sealed class SurveyTriggerHandler(SurveyDispatcher dispatcher, ISurveyPoisonStore poison, TimeProvider time, IOptions<SurveyOptions> options, ILogger<SurveyTriggerHandler> logger)
{
    /// <summary>Handles the message; returns the counts, or null when it was set aside.</summary>
    public async Task<DispatchCounts?> HandleAsync(string message, long dequeueCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        SurveyTrigger? trigger;
        try
        {
            trigger = JsonSerializer.Deserialize<SurveyTrigger>(message);
        }
        catch (JsonException ex)
        {
            await SetAsideAsync(message, "Not a survey trigger message: " + ex.Message, dequeueCount, cancellationToken);
            return null;
        }

        if (string.IsNullOrWhiteSpace(trigger?.NoticeKey))
        {
            await SetAsideAsync(message, "The message names no notice.", dequeueCount, cancellationToken);
            return null;
        }

        using var measurement = RunMetrics.Start(RunMetrics.SurveyDispatchJob, time);
        try
        {
            var result = await dispatcher.HandleTriggerAsync(trigger, cancellationToken);
            if (result.Rejected is { } reason)
            {
                measurement.Succeed();
                await SetAsideAsync(message, reason, dequeueCount, cancellationToken);
                return null;
            }

            SurveyDispatcher.Record(measurement, result.Counts);
            measurement.Succeed();
            return result.Counts;
        }
        catch (Exception ex) when (dequeueCount >= options.Value.MaxDequeueCount && !cancellationToken.IsCancellationRequested)
        {
            await SetAsideAsync(message, ex.GetType().Name + ": " + ex.Message, dequeueCount, cancellationToken);
            return null;
        }
    }

    private async Task SetAsideAsync(string message, string reason, long dequeueCount, CancellationToken cancellationToken)
    {
        Log.TriggerPoisoned(logger, dequeueCount, reason);
        await poison.AddAsync(new PoisonedSurveyTrigger(message, reason, dequeueCount, time.GetUtcNow()), cancellationToken);
    }
}
