using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>
/// What a company that never won a public contract could answer: the CPV divisions its line of business
/// wins, with how many winners show it. <see cref="WinnersFieldOfWork"/> learns this from the winners' own
/// register data; a fixed TOL 2008 → CPV division table can take its place.
/// </summary>
public interface ISupplierFieldOfWork
{
    /// <summary>The company's field of work, or null when its line of business is not known.</summary>
    Task<FieldOfWork?> GetAsync(BusinessId businessId, CancellationToken cancellationToken);
}
