using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProcurementInsight.Broker.Access;

/// <summary>
/// The broker APIs' rate limits (per instance), as <see cref="PartitionedRateLimiter{TResource}"/>s of sliding
/// one-minute windows: each valid key may make <see cref="BrokerOptions.RequestsPerMinutePerKey"/> requests, and
/// each client address may present <see cref="BrokerOptions.FailedKeyAttemptsPerMinutePerAddress"/> keys that
/// turn out unknown; after that its requests are refused before any key is looked up. Shared by the buyer and
/// supplier keys, so one address's failures count against both.
/// </summary>
public sealed class ApiRateLimits : IDisposable
{
    /// <summary>The window every limit counts in.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private const int Segments = 12;
    private const string UnknownAddress = "unknown";

    private readonly PartitionedRateLimiter<string> _keys;
    private readonly PartitionedRateLimiter<string> _failures;

    /// <summary>Creates the limits from the broker settings, on <paramref name="time"/>.</summary>
    public ApiRateLimits(IOptions<BrokerOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _keys = PartitionedRateLimiter.Create<string, string>(
            hash => RateLimitPartition.Get(hash, _ => new ClockedSlidingWindowLimiter(time, settings.RequestsPerMinutePerKey, Window, Segments)),
            StringComparer.Ordinal);
        _failures = PartitionedRateLimiter.Create<string, string>(
            address => RateLimitPartition.Get(address, _ => new ClockedSlidingWindowLimiter(time, settings.FailedKeyAttemptsPerMinutePerAddress, Window, Segments)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The partition of a client address: IPv4 (also when mapped into IPv6) as is, IPv6 by its /64 network
    /// (one subscriber's usual allocation, so rotating the interface id does not reset the count), anything
    /// unreadable or missing as one shared "unknown".
    /// </summary>
    public static string AddressPartition(string? clientAddress)
    {
        if (!IPAddress.TryParse(clientAddress?.Trim(), out var address))
        {
            return UnknownAddress;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>When the address has used its failed key attempts: how long until it may try again; else null. Takes nothing.</summary>
    internal TimeSpan? AddressBlocked(string? clientAddress) => Refusal(_failures.AttemptAcquire(AddressPartition(clientAddress), 0));

    /// <summary>Counts one unknown key presented from the address.</summary>
    internal void FailedAttempt(string? clientAddress) => _failures.AttemptAcquire(AddressPartition(clientAddress)).Dispose();

    /// <summary>When the key has used its requests: how long until the next; else null. Takes nothing.</summary>
    internal TimeSpan? KeyExhausted(string keyHash) => Refusal(_keys.AttemptAcquire(keyHash, 0));

    /// <summary>Takes one request of a valid key: null when allowed, else how long until the next.</summary>
    internal TimeSpan? TakeKeyRequest(string keyHash) => Refusal(_keys.AttemptAcquire(keyHash));

    /// <inheritdoc />
    public void Dispose()
    {
        _keys.Dispose();
        _failures.Dispose();
    }

    private static TimeSpan? Refusal(RateLimitLease lease)
    {
        using (lease)
        {
            if (lease.IsAcquired)
            {
                return null;
            }

            return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        }
    }
}
