using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.SupplierField;

/// <summary>
/// Keeps one <see cref="PotentialSupplierRanker"/> of the stored field in memory and reloads it when the stored
/// snapshot's version changes (checked at most every <see cref="VersionCheckInterval"/>).
/// </summary>
public sealed class PotentialSupplierProvider(IRegisterFieldStore store, TimeProvider time, ILogger<PotentialSupplierProvider> logger) : IDisposable
{
    /// <summary>How long a known version is trusted before the store is asked again.</summary>
    public static readonly TimeSpan VersionCheckInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PotentialSupplierRanker? _ranker;
    private string? _version;
    private long _checkedAt = long.MinValue;

    /// <summary>The ranker of the stored field, or null when no field was built.</summary>
    public async Task<PotentialSupplierRanker?> GetAsync(CancellationToken cancellationToken)
    {
        if (_checkedAt != long.MinValue && time.GetElapsedTime(_checkedAt) < VersionCheckInterval)
        {
            return _ranker;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var version = await store.GetVersionAsync(cancellationToken);
            _checkedAt = time.GetTimestamp();
            if (string.Equals(version, _version, StringComparison.Ordinal))
            {
                return _ranker;
            }

            var started = Stopwatch.GetTimestamp();
            var snapshot = version is null ? null : await store.GetAsync(cancellationToken);
            _ranker = snapshot is null ? null : new PotentialSupplierRanker(snapshot);
            _version = version;
            var milliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var companies = _ranker?.Companies ?? 0;
            Log.FieldLoaded(logger, companies, milliseconds, version ?? "none");
            return _ranker;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
