using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Hilma;

/// <summary>The project's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Harvest {RunId} started: {From} to {To}")]
    public static partial void RunStarted(ILogger logger, string runId, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Harvest {RunId} completed: fetched {Fetched}, new {New}, updated {Updated}, unchanged {Unchanged}, quarantined {Quarantined}")]
    public static partial void RunCompleted(ILogger logger, string runId, int fetched, int @new, int updated, int unchanged, int quarantined);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Harvest {RunId} ended {Status}: {Error}")]
    public static partial void RunEnded(ILogger logger, string runId, Core.Harvesting.HarvestRunStatus status, string error);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Notice {Key} quarantined: {Reason}")]
    public static partial void Quarantined(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Harvest {RunId}: its end could not be recorded in the run log: {Error}")]
    public static partial void RunLogUnavailable(ILogger logger, string runId, string error);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Queued {Count} survey triggers an earlier run owed (it stopped between saving the notices and queueing them)")]
    public static partial void PendingSurveyTriggersQueued(ILogger logger, int count);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The window {From:o} to {To:o} holds {Count} notices, more than the search service lets one window page through ({Limit}); it cannot be split further, so notices beyond the limit are not read")]
    public static partial void WindowBeyondSkipLimit(ILogger logger, DateTimeOffset from, DateTimeOffset to, long count, long limit);

    [LoggerMessage(EventId = 90, EventName = "FeatureDisabled", Level = LogLevel.Warning, Message = "Scheduled harvest skipped: {Reason}")]
    public static partial void HarvestOff(ILogger logger, string reason);
}
