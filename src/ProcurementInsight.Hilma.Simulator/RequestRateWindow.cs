namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A sliding 60-second window of accepted requests, on an injected clock.</summary>
internal sealed class RequestRateWindow(int limit, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _accepted = new();
    private readonly Lock _gate = new();

    /// <summary>Admits the request, or returns the whole seconds to wait before retrying.</summary>
    public bool TryAcquire(out int retryAfterSeconds)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            while (_accepted.Count > 0 && now - _accepted.Peek() >= Window)
            {
                _accepted.Dequeue();
            }

            if (_accepted.Count < limit)
            {
                _accepted.Enqueue(now);
                retryAfterSeconds = 0;
                return true;
            }

            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((_accepted.Peek() + Window - now).TotalSeconds));
            return false;
        }
    }
}
