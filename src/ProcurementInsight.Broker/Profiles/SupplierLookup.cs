using Microsoft.Extensions.Options;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Profiles;

/// <summary>Finds a supplier profile by business id (any accepted form) or profile key.</summary>
public sealed class SupplierLookup(ISupplierProfileStore store, IOptions<BrokerOptions> options, TimeProvider time)
{
    /// <summary>The route below <c>api</c>.</summary>
    public const string Route = "suppliers/{businessId}";

    /// <summary>The supplier's document, or null.</summary>
    public async Task<SupplierDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = BusinessId.TryParse(id, out var businessId) ? businessId.Value : id.Trim();
        var profile = await store.GetAsync(key, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var potential = new InnovationPotentialScorer(options.Value.InnovationPotential).Score(profile.Contracts, time.GetUtcNow());
        return new SupplierDocument(
            profile.Key,
            profile.BusinessId,
            profile.Name,
            profile.Identification.ToString(),
            profile.Contracts.Count,
            profile.TotalValue,
            profile.MainRegion,
            potential,
            profile.Register,
            profile.Contracts);
    }
}
