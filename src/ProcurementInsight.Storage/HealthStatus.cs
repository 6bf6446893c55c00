using ProcurementInsight.Core.Configuration;

namespace ProcurementInsight.Storage;

/// <summary>The answer of <see cref="StorageHealthProbe"/>.</summary>
/// <param name="Healthy">True when storage answered.</param>
/// <param name="Elapsed">How long the check took.</param>
public sealed record HealthStatus(bool Healthy, TimeSpan Elapsed)
{
    /// <summary>Features switched off because a secret is missing; empty when all run.</summary>
    public IReadOnlyList<FeatureState> DisabledFeatures { get; init; } = [];

    /// <summary>
    /// The HTTP body both hosts return: <c>{"status":"healthy"}</c>, <c>{"status":"unhealthy"}</c> (storage
    /// did not answer), or <c>{"status":"degraded","disabled":[{"feature":…,"reason":…}]}</c> when storage
    /// answers but features are off. A reason names the setting, never its value.
    /// </summary>
    public object Body
    {
        get
        {
            var body = new Dictionary<string, object>(StringComparer.Ordinal) { ["status"] = Status };
            if (DisabledFeatures.Count > 0)
            {
                body["disabled"] = DisabledFeatures.Select(f => new { feature = f.Feature, reason = f.DisabledBecause }).ToList();
            }

            return body;
        }
    }

    /// <summary><c>healthy</c>, <c>degraded</c> (features off) or <c>unhealthy</c> (storage unreachable).</summary>
    public string Status => !Healthy ? "unhealthy" : DisabledFeatures.Count > 0 ? "degraded" : "healthy";

    /// <summary>200 when storage answers (healthy or degraded: the rest of the app works), 503 when not.</summary>
    public int StatusCode => Healthy ? 200 : 503;
}
