namespace ProcurementInsight.Core.Harvesting;

/// <summary>
/// Keeps every version of every raw notice payload, write-once: the same bytes are stored once,
/// different bytes for the same notice are stored beside the earlier ones.
/// </summary>
public interface IRawNoticeArchive
{
    /// <summary>Stores the payload unless the same bytes are already archived. Idempotent.</summary>
    Task<RawNoticeReference> ArchiveAsync(RawNotice raw, CancellationToken cancellationToken);

    /// <summary>Reads an archived payload back, or null when there is none at that location.</summary>
    Task<RawNotice?> ReadAsync(string location, CancellationToken cancellationToken);

    /// <summary>The locations of every archived version of a notice, oldest first.</summary>
    Task<IReadOnlyList<string>> ListVersionsAsync(string key, CancellationToken cancellationToken);
}
