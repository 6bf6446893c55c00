namespace ProcurementInsight.Hilma.Simulator;

/// <summary>One request's transient fault.</summary>
internal enum FaultDraw
{
    None,
    TooManyRequests,
    InternalServerError,
    ServiceUnavailable,
    Slow,
}
