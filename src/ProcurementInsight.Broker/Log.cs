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

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Potential supplier field built: {LineCount} lines ({Refreshed} read now, {Incomplete} incomplete), {CompanyCount} companies, {CellCount} learned cells, {Calls} register calls")]
    public static partial void FieldBuilt(ILogger logger, int lineCount, int refreshed, int incomplete, int companyCount, int cellCount, int calls);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Company register read of line {LineCode} failed; its earlier companies are kept")]
    public static partial void FieldLineFailed(ILogger logger, string lineCode, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Potential supplier field loaded: {CompanyCount} companies in {Milliseconds} ms (version {Version})")]
    public static partial void FieldLoaded(ILogger logger, int companyCount, long milliseconds, string version);
}
