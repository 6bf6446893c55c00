using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ProcurementInsight.Storage;

/// <summary>
/// Creates the three service clients from <see cref="StorageOptions"/>: with the connection string
/// (Azurite, or an account with keys), or with Microsoft Entra ID against the account's endpoints
/// (Azure, where the account has shared keys turned off).
/// </summary>
public static class StorageClients
{
    /// <summary>The Table service client.</summary>
    public static TableServiceClient Tables(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UsesIdentity
            ? new TableServiceClient(options.TableEndpoint(), Credential(options))
            : new TableServiceClient(options.ConnectionString);
    }

    /// <summary>The Blob service client.</summary>
    public static BlobServiceClient Blobs(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UsesIdentity
            ? new BlobServiceClient(options.BlobEndpoint(), Credential(options))
            : new BlobServiceClient(options.ConnectionString);
    }

    /// <summary>The Queue service client.</summary>
    public static QueueServiceClient Queues(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Base64 messages: what the Functions queue trigger reads by default.
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return options.UsesIdentity
            ? new QueueServiceClient(options.QueueEndpoint(), Credential(options), clientOptions)
            : new QueueServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>The credential <see cref="StorageOptions.Credential"/> names.</summary>
    public static TokenCredential Credential(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId))
            : new DefaultAzureCredential();
    }
}
