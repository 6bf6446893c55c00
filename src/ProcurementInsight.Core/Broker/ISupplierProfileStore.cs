namespace ProcurementInsight.Core.Broker;

/// <summary>The built supplier profiles.</summary>
public interface ISupplierProfileStore
{
    /// <summary>
    /// Replaces the stored profiles with these: saves every profile and removes profiles no longer built.
    /// Returns the version stamp of the new set.
    /// </summary>
    Task<string> ReplaceAllAsync(IReadOnlyList<SupplierProfile> profiles, CancellationToken cancellationToken);

    /// <summary>The profile with this key (a business id, or <c>id:</c>/<c>name:</c> key), or null.</summary>
    Task<SupplierProfile?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every stored profile, in no particular order.</summary>
    IAsyncEnumerable<SupplierProfile> ListAsync(CancellationToken cancellationToken);

    /// <summary>The version stamp of the stored set (changes on every replace), or null when none was built.</summary>
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);
}
