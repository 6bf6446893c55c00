using System.Diagnostics;

namespace ProcurementInsight.Storage;

/// <summary>The storage capability's tracing source.</summary>
public static class StorageTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name hosts subscribe to: <c>ProcurementInsight.Storage</c>.</summary>
    public const string SourceName = "ProcurementInsight.Storage";

    internal static ActivitySource ActivitySource { get; } = new(SourceName);
}
