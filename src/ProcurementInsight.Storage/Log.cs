using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Storage;

/// <summary>Every log message of the storage capability.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Storage ready: {TableCount} tables, {ContainerCount} containers, {QueueCount} queues")]
    public static partial void StorageInitialized(ILogger logger, int tableCount, int containerCount, int queueCount);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Notice {NoticeKey} saved: {Outcome} ({LotCount} lots, {WinnerCount} winners)")]
    public static partial void NoticeSaved(ILogger logger, string noticeKey, NoticeWriteOutcome outcome, int lotCount, int winnerCount);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Notice {NoticeKey} changed while being saved (attempt {Attempt}); deciding again")]
    public static partial void NoticeWriteConflict(ILogger logger, string noticeKey, int attempt);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Clean-up of notice {NoticeKey} stopped: another writer changed it; that writer cleans up")]
    public static partial void NoticeCleanupYielded(ILogger logger, string noticeKey);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Notice {NoticeKey}: texts were too long for table storage and were truncated: {Columns}")]
    public static partial void NoticeTextTruncated(ILogger logger, string noticeKey, string columns);

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Raw notice {NoticeKey} archived at {Location} (new: {Created})")]
    public static partial void RawNoticeArchived(ILogger logger, string noticeKey, string location, bool created);

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Checkpoint {Stream} kept at {StoredUntil:o}: the save for {IncomingUntil:o} would move it backwards")]
    public static partial void CheckpointNotMovedBack(ILogger logger, string stream, DateTimeOffset storedUntil, DateTimeOffset incomingUntil);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Notice {NoticeKey} quarantined: {Reason}")]
    public static partial void NoticeQuarantined(ILogger logger, string noticeKey, string reason);

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Health check: storage did not answer ({Status} {ErrorCode})")]
    public static partial void HealthCheckFailed(ILogger logger, int status, string errorCode, Exception exception);

    [LoggerMessage(EventId = 90, EventName = "FeatureDisabled", Level = LogLevel.Warning, Message = "Feature {Feature} is off: {Reason}")]
    public static partial void FeatureDisabled(ILogger logger, string feature, string reason);
}
