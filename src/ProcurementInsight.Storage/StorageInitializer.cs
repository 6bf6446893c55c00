using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Storage;

/// <summary>
/// Creates every table, container and queue of <see cref="StorageLayout"/> that does not exist yet.
/// Idempotent; hosts call it once at start, before the first read or write.
/// </summary>
public sealed class StorageInitializer(
    TableServiceClient tables,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    StorageLayout layout,
    ILogger<StorageInitializer> logger)
{
    /// <summary>Creates what is missing.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.ActivitySource.StartActivity("storage.initialize");
        foreach (var table in layout.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var container in layout.Containers)
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var queue in layout.Queues)
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        Log.StorageInitialized(logger, layout.Tables.Count, layout.Containers.Count, layout.Queues.Count);
    }
}
