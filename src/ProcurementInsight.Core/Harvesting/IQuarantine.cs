namespace ProcurementInsight.Core.Harvesting;

/// <summary>Notices that failed to parse or store, kept for inspection and replay.</summary>
public interface IQuarantine
{
    /// <summary>Records a failed notice. Recording the same key and payload again replaces the record.</summary>
    Task AddAsync(QuarantinedNotice notice, CancellationToken cancellationToken);

    /// <summary>Removes a notice from quarantine, e.g. after a successful replay.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every quarantined notice.</summary>
    IAsyncEnumerable<QuarantinedNotice> ListAsync(CancellationToken cancellationToken);
}
