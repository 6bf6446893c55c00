using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Needs;

/// <summary>
/// Buyer organisations' API keys: 256 random bits, shown once when created and stored only as their
/// SHA-256. Requests send the key in the <see cref="HeaderName"/> header. Each key may make
/// <see cref="BrokerOptions.RequestsPerMinutePerKey"/> requests per clock minute (per instance).
/// </summary>
public sealed class BuyerKeys(IBuyerKeyStore store, IOptions<BrokerOptions> options, TimeProvider time)
{
    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    private const string Prefix = "pik_";
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Creates and stores a key for an organisation; returns the key, which is never stored.</summary>
    public async Task<string> CreateAsync(string organisation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await store.SaveAsync(new BuyerKey(Hash(key), organisation.Trim(), time.GetUtcNow()), cancellationToken);
        return key;
    }

    /// <summary>Checks a presented key: unknown or missing is unauthorised, over the limit is rate limited.</summary>
    public async Task<BuyerAccess> CheckAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presentedKey) || !presentedKey.StartsWith(Prefix, StringComparison.Ordinal) || presentedKey.Length > 200)
        {
            return new BuyerAccess(BuyerAccessStatus.Unauthorized, null, null);
        }

        var hash = Hash(presentedKey.Trim());
        var key = await store.FindAsync(hash, cancellationToken);
        if (key is null)
        {
            return new BuyerAccess(BuyerAccessStatus.Unauthorized, null, null);
        }

        var now = time.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = _windows.AddOrUpdate(hash, _ => new Window(minute, 1), (_, w) => w.Minute == minute ? w with { Count = w.Count + 1 } : new Window(minute, 1));
        if (window.Count > options.Value.RequestsPerMinutePerKey)
        {
            return new BuyerAccess(BuyerAccessStatus.RateLimited, key.Organisation, TimeSpan.FromSeconds(60 - (now.ToUnixTimeSeconds() % 60)));
        }

        return new BuyerAccess(BuyerAccessStatus.Allowed, key.Organisation, null);
    }

    /// <summary>Lower-case hex SHA-256 of a key's UTF-8 bytes.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private sealed record Window(long Minute, int Count);
}
