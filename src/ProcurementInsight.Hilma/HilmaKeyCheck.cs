using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Configuration;

namespace ProcurementInsight.Hilma;

/// <summary>
/// Harvesting the real HILMA API needs <see cref="HilmaOptions.SubscriptionKey"/>; without a usable one the
/// scheduled harvest is off (HILMA would answer 401 to every call) and everything else keeps running.
/// The bundled simulator needs no key.
/// </summary>
public sealed class HilmaKeyCheck(IOptions<HilmaOptions> options) : IFeatureCheck
{
    /// <inheritdoc />
    public FeatureState Check()
    {
        var settings = options.Value;
        var problem = settings.UseSimulator ? null : SecretValue.Problem("Hilma:SubscriptionKey", settings.SubscriptionKey);
        return new FeatureState(Features.Harvest, problem is null ? null : problem + " The scheduled harvest is skipped until it is fixed.");
    }
}
