using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>Shows a company its opportunities and records who saw which (<see cref="ISupplierAccessAudit"/>).</summary>
public sealed class SupplierView(OpportunityFinder finder, ISupplierAccessAudit audit, TimeProvider time)
{
    /// <summary>The audit's key id for the command line.</summary>
    public const string CommandLineKeyId = "cli";

    /// <summary>The company's opportunities, audited under <paramref name="keyId"/>.</summary>
    public async Task<SupplierOpportunities> ShowAsync(string keyId, BusinessId businessId, string? lang, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        var opportunities = await finder.FindAsync(businessId, lang, cancellationToken);
        await audit.RecordAsync(
            new SupplierAccessRecord(keyId, businessId.Value, time.GetUtcNow(), [.. opportunities.Needs.Select(n => n.Id)], [.. opportunities.Competitions.Select(c => c.Id)]),
            cancellationToken);
        return opportunities;
    }
}
