using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The real (Azurite) key store, counting the look-ups that reach it.</summary>
internal sealed class CountingBuyerKeyStore(IBuyerKeyStore inner) : IBuyerKeyStore
{
    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    public Task SaveAsync(BuyerKey key, CancellationToken cancellationToken) => inner.SaveAsync(key, cancellationToken);

    public Task<BuyerKey?> FindAsync(string keyHash, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return inner.FindAsync(keyHash, cancellationToken);
    }
}
