namespace ProcurementInsight.Hilma.Simulator;

/// <summary>Counters of what a running <see cref="HilmaSimulatorServer"/> has answered. Thread-safe.</summary>
public sealed class SimulatorStatistics
{
    private long _requests;
    private long _throttled;
    private long _serverErrors;
    private long _unauthorized;
    private long _slow;

    /// <summary>Every request received, including rejected ones and <c>/health</c>.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>429 answers sent, by the rate limit or by injected faults.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Injected 500/503 answers sent.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>401 answers sent for a missing or wrong subscription key.</summary>
    public long Unauthorized => Interlocked.Read(ref _unauthorized);

    /// <summary>Requests delayed by the slow-response fault.</summary>
    public long Slow => Interlocked.Read(ref _slow);

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    internal void CountServerError() => Interlocked.Increment(ref _serverErrors);

    internal void CountUnauthorized() => Interlocked.Increment(ref _unauthorized);

    internal void CountSlow() => Interlocked.Increment(ref _slow);
}
