using System.Security.Cryptography;
using System.Text;
using ProcurementInsight.Broker.Access;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Needs;

/// <summary>
/// Buyer organisations' API keys: 256 random bits, shown once when created and stored only as their
/// SHA-256. Requests send the key in the <see cref="HeaderName"/> header. Each key may make
/// <see cref="BrokerOptions.RequestsPerMinutePerKey"/> requests in any minute, and each client address may
/// present <see cref="BrokerOptions.FailedKeyAttemptsPerMinutePerAddress"/> unknown keys (per instance; see
/// <see cref="ApiRateLimits"/>).
/// </summary>
public sealed class BuyerKeys(IBuyerKeyStore store, ApiRateLimits limits, TimeProvider time)
{
    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    private const string Prefix = "pik_";

    /// <summary>Creates and stores a key for an organisation; returns the key, which is never stored.</summary>
    public async Task<string> CreateAsync(string organisation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var key = KeyGate.NewKey(Prefix);
        await store.SaveAsync(new BuyerKey(Hash(key), organisation.Trim(), time.GetUtcNow()), cancellationToken);
        return key;
    }

    /// <summary>
    /// Checks a presented key: missing or unknown is unauthorised, over the key's limit or from an address over
    /// its failed attempts is rate limited (the latter before storage is asked).
    /// </summary>
    /// <param name="presentedKey">The key as sent.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), or null when unknown.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public Task<BuyerAccess> CheckAsync(string? presentedKey, string? clientAddress, CancellationToken cancellationToken) =>
        KeyGate.CheckAsync(limits, Prefix, presentedKey, clientAddress, async (hash, token) => (await store.FindAsync(hash, token))?.Organisation, cancellationToken);

    /// <summary>Lower-case hex SHA-256 of a key's UTF-8 bytes.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
