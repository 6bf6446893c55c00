namespace ProcurementInsight.Storage;

/// <summary>The answer of <see cref="StorageHealthProbe"/>.</summary>
/// <param name="Healthy">True when storage answered.</param>
/// <param name="Elapsed">How long the check took.</param>
public sealed record HealthStatus(bool Healthy, TimeSpan Elapsed)
{
    /// <summary>The HTTP body both hosts return: <c>{"status":"healthy"}</c> or <c>{"status":"unhealthy"}</c>.</summary>
    public object Body => new { status = Healthy ? "healthy" : "unhealthy" };

    /// <summary>200 when healthy, 503 when not.</summary>
    public int StatusCode => Healthy ? 200 : 503;
}
