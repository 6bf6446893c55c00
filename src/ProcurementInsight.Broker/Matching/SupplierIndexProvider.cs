using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// Keeps one in-memory <see cref="SupplierIndex"/> of the stored profiles and rebuilds it when the stored
/// set's version changes (checked at most every <see cref="VersionCheckInterval"/>). Nothing is written to
/// disk, so it runs the same on a Functions instance as on a laptop.
/// </summary>
public sealed class SupplierIndexProvider(ISupplierProfileStore store, IOptions<BrokerOptions> options, TimeProvider time, ILogger<SupplierIndexProvider> logger) : IDisposable
{
    /// <summary>How long a known version is trusted before the store is asked again.</summary>
    public static readonly TimeSpan VersionCheckInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SupplierIndex? _index;
    private string? _version;
    private long _checkedAt = long.MinValue;

    /// <summary>The index of the stored profiles; an empty index when none were built.</summary>
    public async Task<SupplierIndex> GetAsync(CancellationToken cancellationToken)
    {
        if (_index is { } current && _checkedAt != long.MinValue && time.GetElapsedTime(_checkedAt) < VersionCheckInterval)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var version = await store.GetVersionAsync(cancellationToken) ?? string.Empty;
            _checkedAt = time.GetTimestamp();
            if (_index is not null && string.Equals(version, _version, StringComparison.Ordinal))
            {
                return _index;
            }

            var started = Stopwatch.GetTimestamp();
            var profiles = new List<SupplierProfile>();
            if (version.Length > 0)
            {
                await foreach (var profile in store.ListAsync(cancellationToken))
                {
                    profiles.Add(profile);
                }
            }

            profiles.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var index = SupplierIndex.Build(profiles, new InnovationPotentialScorer(options.Value.InnovationPotential), time.GetUtcNow());
            // The old index is dropped, not disposed: requests may still be reading it; the collector frees it.
            _index = index;
            _version = version;
            var milliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.IndexBuilt(logger, index.Count, milliseconds, version);
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
    }
}
