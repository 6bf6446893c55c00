namespace ProcurementInsight.Core.Broker;

/// <summary>Buyer organisations' API keys, stored hashed.</summary>
public interface IBuyerKeyStore
{
    /// <summary>Saves a key's hash.</summary>
    Task SaveAsync(BuyerKey key, CancellationToken cancellationToken);

    /// <summary>The stored key with this hash, or null.</summary>
    Task<BuyerKey?> FindAsync(string keyHash, CancellationToken cancellationToken);
}
