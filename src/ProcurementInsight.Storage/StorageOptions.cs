using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Storage;

/// <summary>Where the service keeps its tables, blobs and queues.</summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section, <c>Storage</c>.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// The storage account connection string. Defaults to the local emulator
    /// (<c>UseDevelopmentStorage=true</c>: Azurite on 10000–10002). Ignored when <see cref="AccountName"/>
    /// or the service URIs are set: production reaches storage through its managed identity, because the
    /// account has shared keys turned off.
    /// </summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// The storage account name for identity-based access (Microsoft Entra ID, no keys); the service URIs
    /// default to <c>https://{AccountName}.{blob|table|queue}.core.windows.net/</c>.
    /// </summary>
    [RegularExpression("^[a-z0-9]{3,24}$", ErrorMessage = "Storage:AccountName must be 3-24 lower-case letters and digits.")]
    public string? AccountName { get; set; }

    /// <summary>The Blob service endpoint for identity-based access; overrides the one derived from <see cref="AccountName"/>.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The Table service endpoint for identity-based access; overrides the one derived from <see cref="AccountName"/>.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The Queue service endpoint for identity-based access; overrides the one derived from <see cref="AccountName"/>.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>
    /// The identity used with <see cref="AccountName"/>: <c>managedidentity</c> (the function app's managed
    /// identity, as in Azure: the user-assigned one <see cref="ClientId"/> names, else the system-assigned one)
    /// or <c>default</c> (Azure.Identity's developer chain: environment, Azure CLI, …), the default.
    /// </summary>
    [RegularExpression("^(?i)(managedidentity|default)$", ErrorMessage = "Storage:Credential must be 'managedidentity' or 'default'.")]
    public string Credential { get; set; } = "default";

    /// <summary>
    /// The client id of the user-assigned managed identity to use with <c>managedidentity</c> (Bicep sets it,
    /// as <c>AzureWebJobsStorage__clientId</c> for the host); empty for the system-assigned identity.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>True when the adapters authenticate with Microsoft Entra ID instead of a connection string.</summary>
    public bool UsesIdentity => !string.IsNullOrWhiteSpace(AccountName) || BlobServiceUri is not null || TableServiceUri is not null || QueueServiceUri is not null;

    /// <summary>
    /// Put before every table name (<c>pi1234</c> gives <c>pi1234Notices</c>), so tests and side-by-side
    /// deployments can share an account. Letters and digits, starting with a letter; empty by default.
    /// </summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,39})?$", ErrorMessage = "Storage:TablePrefix must be letters and digits starting with a letter, at most 40 characters.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>The blob container of the raw notice archive; <c>raw-notices</c> by default.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Storage:RawNoticeContainer must be a valid blob container name (3-63 lower-case letters, digits and single dashes).")]
    public string RawNoticeContainer { get; set; } = "raw-notices";

    /// <summary>The blob container of trained classifiers and their cards; <c>models</c> by default.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Storage:ModelContainer must be a valid blob container name (3-63 lower-case letters, digits and single dashes).")]
    public string ModelContainer { get; set; } = "models";

    /// <summary>The blob container of the broker's potential supplier field; <c>broker</c> by default.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Storage:BrokerContainer must be a valid blob container name (3-63 lower-case letters, digits and single dashes).")]
    public string BrokerContainer { get; set; } = "broker";

    /// <summary>The Blob service endpoint for identity-based access.</summary>
    public Uri BlobEndpoint() => BlobServiceUri ?? Endpoint("blob");

    /// <summary>The Table service endpoint for identity-based access.</summary>
    public Uri TableEndpoint() => TableServiceUri ?? Endpoint("table");

    /// <summary>The Queue service endpoint for identity-based access.</summary>
    public Uri QueueEndpoint() => QueueServiceUri ?? Endpoint("queue");

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesIdentity)
        {
            if (string.IsNullOrWhiteSpace(AccountName) && (BlobServiceUri is null || TableServiceUri is null || QueueServiceUri is null))
            {
                yield return new ValidationResult(
                    "Storage:AccountName is required unless Storage:BlobServiceUri, Storage:TableServiceUri and Storage:QueueServiceUri are all set.",
                    [nameof(AccountName)]);
            }

            foreach (var (name, uri) in new[] { (nameof(BlobServiceUri), BlobServiceUri), (nameof(TableServiceUri), TableServiceUri), (nameof(QueueServiceUri), QueueServiceUri) })
            {
                if (uri is not null && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps))
                {
                    yield return new ValidationResult($"Storage:{name} must be an absolute https URI; identity-based access sends a bearer token.", [name]);
                }
            }
        }
        else if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Storage:ConnectionString is required unless Storage:AccountName is set.", [nameof(ConnectionString)]);
        }
    }

    private Uri Endpoint(string service) =>
        string.IsNullOrWhiteSpace(AccountName)
            ? throw new InvalidOperationException($"Storage:AccountName is not set, so the {service} endpoint is unknown.")
            : new Uri($"https://{AccountName}.{service}.core.windows.net/");
}
