namespace ProcurementInsight.Core.Configuration;

/// <summary>
/// Says whether one feature can run with the configuration the app received. Capabilities register one per
/// feature that needs a secret; hosts list them on the health endpoint and skip the work of a feature that is off.
/// </summary>
public interface IFeatureCheck
{
    /// <summary>The feature's current state. Cheap: reads options only, no I/O.</summary>
    FeatureState Check();
}
