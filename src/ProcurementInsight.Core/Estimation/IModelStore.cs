namespace ProcurementInsight.Core.Estimation;

/// <summary>Where trained classifiers and their cards are kept.</summary>
public interface IModelStore
{
    /// <summary>Saves every file of a version (overwriting a version of the same name).</summary>
    Task SaveAsync(ModelArtifact artifact, CancellationToken cancellationToken);

    /// <summary>The newest version with all its files, or null when nothing was trained yet.</summary>
    Task<ModelArtifact?> GetNewestAsync(CancellationToken cancellationToken);
}
