using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Storage;

/// <summary>Where the service keeps its tables, blobs and queues.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section, <c>Storage</c>.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// The storage account connection string. Defaults to the local emulator
    /// (<c>UseDevelopmentStorage=true</c>: Azurite on 10000–10002); production sets it from app settings.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

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
}
