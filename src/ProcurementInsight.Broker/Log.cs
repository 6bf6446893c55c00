using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Broker;

/// <summary>Every log message of the broker.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Company register asked for {BusinessId}: found {Found}")]
    public static partial void RegisterAsked(ILogger logger, string businessId, bool found);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Supplier profiles built: {ProfileCount} suppliers from {NoticeCount} result notices; register asked {Asked} times, {Enriched} profiles enriched")]
    public static partial void ProfilesBuilt(ILogger logger, int profileCount, int noticeCount, int asked, int enriched);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Supplier index built: {SupplierCount} suppliers in {Milliseconds} ms (version {Version})")]
    public static partial void IndexBuilt(ILogger logger, int supplierCount, long milliseconds, string version);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Company register look-up for {BusinessId} failed; the profile is kept without register data")]
    public static partial void RegisterFailed(ILogger logger, string businessId, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Need {NeedId} submitted by {Organisation}")]
    public static partial void NeedSubmitted(ILogger logger, string needId, string organisation);
}
