namespace ProcurementInsight.Core.Harvesting;

/// <summary>The normalised notices, one current version per notice key.</summary>
public interface INoticeStore
{
    /// <summary>
    /// Saves a notice unless the stored version is the same or newer (<see cref="NoticeRevision.Supersedes"/>).
    /// Safe against concurrent writers of the same notice. Text beyond the store's limits is cut and noted;
    /// a notice the store still cannot hold throws <see cref="NoticeNotStorableException"/> and leaves the
    /// stored version as it was.
    /// </summary>
    Task<NoticeWriteOutcome> SaveAsync(StoredNotice notice, CancellationToken cancellationToken);

    /// <summary>The version a notice is stored in, without reading the notice; null when not stored.</summary>
    Task<NoticeRevision?> GetRevisionAsync(string key, CancellationToken cancellationToken);

    /// <summary>The stored notice with this key (e.g. <c>EF-48640</c>), or null.</summary>
    Task<StoredNotice?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every stored notice, in no particular order.</summary>
    IAsyncEnumerable<StoredNotice> ListAsync(CancellationToken cancellationToken);
}
