using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Storage.Blobs;

/// <summary>
/// Trained classifiers in the <c>models</c> container. Blob name: <c>&lt;version&gt;/&lt;file&gt;</c>, e.g.
/// <c>20251126T210000Z/card.json</c>; versions are UTC timestamps, so the newest sorts last. The card is
/// written last, so a version is complete once its card exists; readers take the newest version with a card.
/// </summary>
public sealed class BlobModelStore : IModelStore
{
    /// <summary>The file whose presence marks a complete version.</summary>
    public const string CompletionMarker = "card.json";

    private readonly BlobContainerClient _container;

    /// <summary>Creates the store on the layout's model container.</summary>
    public BlobModelStore(BlobServiceClient blobs, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(layout);
        _container = blobs.GetBlobContainerClient(layout.Models);
    }

    /// <inheritdoc />
    public async Task SaveAsync(ModelArtifact artifact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        foreach (var (name, content) in artifact.Files.OrderBy(f => f.Key == CompletionMarker ? 1 : 0))
        {
            await _container.GetBlobClient($"{artifact.Version}/{name}").UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ModelArtifact?> GetNewestAsync(CancellationToken cancellationToken)
    {
        string? newest = null;
        try
        {
            await foreach (var blob in _container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var slash = blob.Name.IndexOf('/', StringComparison.Ordinal);
                if (slash > 0 && blob.Name[(slash + 1)..] == CompletionMarker && string.CompareOrdinal(blob.Name[..slash], newest) > 0)
                {
                    newest = blob.Name[..slash];
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The container does not exist yet: nothing was trained.
            return null;
        }

        if (newest is null)
        {
            return null;
        }

        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = newest + "/" }, cancellationToken))
        {
            var content = await _container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken);
            files[blob.Name[(newest.Length + 1)..]] = content.Value.Content.ToMemory();
        }

        return new ModelArtifact(newest, files);
    }
}
