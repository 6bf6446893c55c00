namespace ProcurementInsight.Core.Broker;

/// <summary>Where the supplier profile build keeps the potential supplier field (one snapshot, replaced whole).</summary>
public interface IRegisterFieldStore
{
    /// <summary>The stored snapshot, or null when none was built.</summary>
    Task<RegisterFieldSnapshot?> GetAsync(CancellationToken cancellationToken);

    /// <summary>A version tag of the stored snapshot (changes on every save), or null when none.</summary>
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the stored snapshot.</summary>
    Task SaveAsync(RegisterFieldSnapshot snapshot, CancellationToken cancellationToken);
}
