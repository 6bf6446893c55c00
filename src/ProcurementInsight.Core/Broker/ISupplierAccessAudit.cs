namespace ProcurementInsight.Core.Broker;

/// <summary>The audit of the supplier view: every answer, with what it showed.</summary>
public interface ISupplierAccessAudit
{
    /// <summary>Records one answer.</summary>
    Task RecordAsync(SupplierAccessRecord record, CancellationToken cancellationToken);

    /// <summary>The answers about one company, newest first.</summary>
    IAsyncEnumerable<SupplierAccessRecord> ListAsync(string businessId, CancellationToken cancellationToken);
}
