using System.Threading.RateLimiting;

namespace ProcurementInsight.Broker.Access;

/// <summary>
/// A sliding window rate limiter on a <see cref="TimeProvider"/>: at most <c>permitLimit</c> permits in any
/// window, counted in segments, so a burst at the end of one window and another at the start of the next
/// cannot both pass. The platform's <see cref="SlidingWindowRateLimiter"/> replenishes on the stopwatch only
/// (even when replenished by hand), so tests could not move its time; this one reads the injected clock.
/// No queue: a request over the limit fails at once with <see cref="MetadataName.RetryAfter"/>. Acquiring
/// zero permits asks, without taking one, whether any is left.
/// </summary>
internal sealed class ClockedSlidingWindowLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly int _permitLimit;
    private readonly long _segmentTicks;
    private readonly long[] _segment;
    private readonly int[] _count;
    private long _successful;
    private long _failed;
    private DateTimeOffset _lastUsed;

    public ClockedSlidingWindowLimiter(TimeProvider time, int permitLimit, TimeSpan window, int segmentsPerWindow)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentsPerWindow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window.Ticks, segmentsPerWindow);
        _time = time;
        _permitLimit = permitLimit;
        _segmentTicks = window.Ticks / segmentsPerWindow;
        _segment = new long[segmentsPerWindow];
        _count = new int[segmentsPerWindow];
        Array.Fill(_segment, long.MinValue);
        _lastUsed = time.GetUtcNow();
    }

    /// <summary>Null while permits are taken within the window (the partition must be kept); else how long since the last request.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                return InWindow(now.UtcTicks / _segmentTicks) > 0 ? null : now - _lastUsed;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - InWindow(_time.GetUtcNow().UtcTicks / _segmentTicks),
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var nowTicks = now.UtcTicks;
            var current = nowTicks / _segmentTicks;
            var used = InWindow(current);
            var fits = permitCount == 0 ? used < _permitLimit : used + permitCount <= _permitLimit;
            if (!fits)
            {
                _failed++;
                return new Lease(false, RetryAfter(current, nowTicks, used + Math.Max(permitCount, 1) - _permitLimit));
            }

            if (permitCount > 0)
            {
                var slot = (int)(current % _segment.Length);
                if (_segment[slot] != current)
                {
                    _segment[slot] = current;
                    _count[slot] = 0;
                }

                _count[slot] += permitCount;
                _lastUsed = now;
                _successful++;
            }

            return Granted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Permits taken in the segments of the window that ends with segment <paramref name="current"/>.</summary>
    private int InWindow(long current)
    {
        var total = 0;
        for (var i = 0; i < _segment.Length; i++)
        {
            if (_segment[i] > current - _segment.Length && _segment[i] <= current)
            {
                total += _count[i];
            }
        }

        return total;
    }

    /// <summary>How long until the oldest segments leave the window and free <paramref name="needed"/> permits.</summary>
    private TimeSpan RetryAfter(long current, long nowTicks, int needed)
    {
        var freed = 0;
        for (var segment = current - _segment.Length + 1; segment <= current; segment++)
        {
            var slot = (int)(((segment % _segment.Length) + _segment.Length) % _segment.Length);
            if (_segment[slot] == segment)
            {
                freed += _count[slot];
            }

            if (freed >= needed)
            {
                return TimeSpan.FromTicks(((segment + _segment.Length) * _segmentTicks) - nowTicks);
            }
        }

        return TimeSpan.FromTicks(_segmentTicks * _segment.Length);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && string.Equals(metadataName, MetadataName.RetryAfter.Name, StringComparison.Ordinal))
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
