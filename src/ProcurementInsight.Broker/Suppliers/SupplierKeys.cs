using ProcurementInsight.Broker.Access;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>
/// Supplier companies' API keys, one company per key: 256 random bits, shown once and stored only as their
/// SHA-256, sent in the <see cref="BuyerKeys.HeaderName"/> header. The same rate limits as buyer keys
/// (<see cref="ApiRateLimits"/>).
/// </summary>
public sealed class SupplierKeys(ISupplierKeyStore store, ApiRateLimits limits, TimeProvider time)
{
    private const string Prefix = "psk_";

    /// <summary>Creates and stores a key for a company; returns the key, which is never stored.</summary>
    public async Task<string> CreateAsync(BusinessId businessId, CancellationToken cancellationToken)
    {
        var key = KeyGate.NewKey(Prefix);
        await store.SaveAsync(new SupplierKey(BuyerKeys.Hash(key), businessId.Value, time.GetUtcNow()), cancellationToken);
        return key;
    }

    /// <summary>Checks a presented key; when allowed, <see cref="BuyerAccess.Organisation"/> is the key's business id.</summary>
    /// <param name="presentedKey">The key as sent.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), or null when unknown.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public Task<BuyerAccess> CheckAsync(string? presentedKey, string? clientAddress, CancellationToken cancellationToken) =>
        KeyGate.CheckAsync(limits, Prefix, presentedKey, clientAddress, async (hash, token) => (await store.FindAsync(hash, token))?.BusinessId, cancellationToken);

    /// <summary>The key's id in the audit: the first 16 hex digits of its hash.</summary>
    public static string KeyId(string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        return BuyerKeys.Hash(presentedKey.Trim())[..16];
    }
}
