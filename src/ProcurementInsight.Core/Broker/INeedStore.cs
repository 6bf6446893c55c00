namespace ProcurementInsight.Core.Broker;

/// <summary>Submitted buyer needs.</summary>
public interface INeedStore
{
    /// <summary>Saves a new need.</summary>
    Task SaveAsync(Need need, CancellationToken cancellationToken);

    /// <summary>The need with this id, or null.</summary>
    Task<Need?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every need, in no particular order.</summary>
    IAsyncEnumerable<Need> ListAsync(CancellationToken cancellationToken);
}
