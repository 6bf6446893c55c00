namespace ProcurementInsight.Core.Broker;

/// <summary>Supplier companies' API keys, stored hashed.</summary>
public interface ISupplierKeyStore
{
    /// <summary>Saves a key's hash.</summary>
    Task SaveAsync(SupplierKey key, CancellationToken cancellationToken);

    /// <summary>The stored key with this hash, or null.</summary>
    Task<SupplierKey?> FindAsync(string keyHash, CancellationToken cancellationToken);
}
