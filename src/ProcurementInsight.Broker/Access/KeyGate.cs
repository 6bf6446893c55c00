using ProcurementInsight.Broker.Needs;

namespace ProcurementInsight.Broker.Access;

/// <summary>
/// The one way a presented API key is checked, for buyer and supplier keys alike: an address that has
/// presented too many unknown keys, or a key over its limit, is refused (429) before storage is asked; a
/// missing or malformed key is refused (401) without asking; an unknown key is refused (401) and counted
/// against its address.
/// </summary>
internal static class KeyGate
{
    /// <summary>Longest key accepted; ours are the prefix and 43 characters.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>A new key: the prefix and 256 random bits in base64url.</summary>
    public static string NewKey(string prefix) =>
        prefix + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static async Task<BuyerAccess> CheckAsync(
        ApiRateLimits limits,
        string prefix,
        string? presentedKey,
        string? clientAddress,
        Func<string, CancellationToken, Task<string?>> findOwner,
        CancellationToken cancellationToken)
    {
        if (limits.AddressBlocked(clientAddress) is { } blocked)
        {
            return new BuyerAccess(BuyerAccessStatus.RateLimited, null, blocked);
        }

        var key = presentedKey?.Trim();
        if (string.IsNullOrEmpty(key) || !key.StartsWith(prefix, StringComparison.Ordinal) || key.Length > MaxKeyLength)
        {
            return new BuyerAccess(BuyerAccessStatus.Unauthorized, null, null);
        }

        var hash = BuyerKeys.Hash(key);
        if (limits.KeyExhausted(hash) is { } exhausted)
        {
            return new BuyerAccess(BuyerAccessStatus.RateLimited, null, exhausted);
        }

        var owner = await findOwner(hash, cancellationToken);
        if (owner is null)
        {
            limits.FailedAttempt(clientAddress);
            return new BuyerAccess(BuyerAccessStatus.Unauthorized, null, null);
        }

        return limits.TakeKeyRequest(hash) is { } wait
            ? new BuyerAccess(BuyerAccessStatus.RateLimited, owner, wait)
            : new BuyerAccess(BuyerAccessStatus.Allowed, owner, null);
    }
}
