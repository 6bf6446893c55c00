namespace ProcurementInsight.Core.Broker;

/// <summary>Company register answers kept so the register is asked again only when they are old.</summary>
public interface ICompanyRegisterCache
{
    /// <summary>The cached entry of a business id (normalised), or null.</summary>
    Task<CompanyRegisterEntry?> GetAsync(string businessId, CancellationToken cancellationToken);

    /// <summary>Saves (replaces) an entry.</summary>
    Task SaveAsync(CompanyRegisterEntry entry, CancellationToken cancellationToken);
}
