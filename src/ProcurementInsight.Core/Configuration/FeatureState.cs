namespace ProcurementInsight.Core.Configuration;

/// <summary>
/// Whether one feature of the service can run, and if not, why. A feature whose secret is missing is
/// switched off alone; everything else keeps running, and <c>GET /api/health</c> lists what is off.
/// </summary>
/// <param name="Feature">The feature's name: <see cref="Features"/>.</param>
/// <param name="DisabledBecause">Why the feature is off, naming the setting but never its value; null when it is on.</param>
public sealed record FeatureState(string Feature, string? DisabledBecause)
{
    /// <summary>True when the feature can run.</summary>
    public bool Enabled => DisabledBecause is null;
}
