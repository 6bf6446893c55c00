using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Storage.Broker;

namespace ProcurementInsight.Storage.Blobs;

/// <summary>
/// The potential supplier field in the <c>broker</c> container as one gzip-compressed JSON blob,
/// <c>register-field.json.gz</c>, replaced whole by each profile build. A blob, not table rows: the field holds
/// tens of thousands of companies (100,000+ at national scale), read whole by the matcher, never queried by field,
/// and a blob takes them in one write where a table would need a thousand batches. Its ETag is the version.
/// </summary>
public sealed class BlobRegisterFieldStore : IRegisterFieldStore
{
    /// <summary>The blob's name.</summary>
    public const string BlobName = "register-field.json.gz";

    private readonly BlobClient _blob;

    /// <summary>Creates the store on the layout's broker container.</summary>
    public BlobRegisterFieldStore(BlobServiceClient blobs, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(layout);
        _blob = blobs.GetBlobContainerClient(layout.Broker).GetBlobClient(BlobName);
    }

    /// <inheritdoc />
    public async Task<RegisterFieldSnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await _blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            await using var gzip = new GZipStream(content, CompressionMode.Decompress);
            return await JsonSerializer.DeserializeAsync<RegisterFieldSnapshot>(gzip, BrokerJson.Options, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing built yet (or the container is missing): no field.
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(RegisterFieldSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, snapshot, BrokerJson.Options, cancellationToken);
        }

        buffer.Position = 0;
        await _blob.UploadAsync(buffer, overwrite: true, cancellationToken);
    }
}
