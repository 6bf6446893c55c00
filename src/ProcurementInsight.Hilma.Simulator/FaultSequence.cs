namespace ProcurementInsight.Hilma.Simulator;

/// <summary>The seeded, thread-safe sequence of transient faults, one draw per request.</summary>
internal sealed class FaultSequence(FaultOptions options, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    /// <summary>What to do with the next request.</summary>
    public FaultDraw Next()
    {
        double roll;
        double slowRoll;
        bool second;
        lock (_gate)
        {
            roll = _random.NextDouble();
            slowRoll = _random.NextDouble();
            second = _random.Next(2) == 0;
        }

        if (roll < options.Rate429)
        {
            return FaultDraw.TooManyRequests;
        }

        if (roll < options.Rate429 + options.Rate5xx)
        {
            return second ? FaultDraw.InternalServerError : FaultDraw.ServiceUnavailable;
        }

        return slowRoll < options.SlowRate ? FaultDraw.Slow : FaultDraw.None;
    }
}
