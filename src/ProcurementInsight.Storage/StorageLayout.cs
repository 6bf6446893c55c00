using Microsoft.Extensions.Options;

namespace ProcurementInsight.Storage;

/// <summary>
/// Every table, blob container and queue the service uses, with the names they get under the
/// configured <see cref="StorageOptions.TablePrefix"/>. The infrastructure templates must create the same.
/// </summary>
public sealed class StorageLayout
{
    /// <summary>Base name of the normalised notice table (see <c>TableNoticeStore</c>).</summary>
    public const string NoticesTable = "Notices";

    /// <summary>Base name of the harvest checkpoint table.</summary>
    public const string HarvestCheckpointsTable = "HarvestCheckpoints";

    /// <summary>Base name of the harvest run log table.</summary>
    public const string HarvestRunsTable = "HarvestRuns";

    /// <summary>Base name of the quarantine table.</summary>
    public const string QuarantinedNoticesTable = "QuarantinedNotices";

    /// <summary>Base name of the supplier profile table (see <c>TableSupplierProfileStore</c>).</summary>
    public const string SupplierProfilesTable = "SupplierProfiles";

    /// <summary>Base name of the company register cache table.</summary>
    public const string CompanyRegisterCacheTable = "CompanyRegisterCache";

    /// <summary>Base name of the buyer needs table.</summary>
    public const string BuyerNeedsTable = "BuyerNeeds";

    /// <summary>Base name of the hashed buyer API key table.</summary>
    public const string BuyerKeysTable = "BuyerKeys";

    /// <summary>Creates the layout for the given options.</summary>
    public StorageLayout(IOptions<StorageOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Creates the layout for the given options.</summary>
    public StorageLayout(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.TablePrefix ?? string.Empty;
        Notices = prefix + NoticesTable;
        HarvestCheckpoints = prefix + HarvestCheckpointsTable;
        HarvestRuns = prefix + HarvestRunsTable;
        QuarantinedNotices = prefix + QuarantinedNoticesTable;
        SupplierProfiles = prefix + SupplierProfilesTable;
        CompanyRegisterCache = prefix + CompanyRegisterCacheTable;
        BuyerNeeds = prefix + BuyerNeedsTable;
        BuyerKeys = prefix + BuyerKeysTable;
        RawNotices = options.RawNoticeContainer;
        Tables = [Notices, HarvestCheckpoints, HarvestRuns, QuarantinedNotices, SupplierProfiles, CompanyRegisterCache, BuyerNeeds, BuyerKeys];
        Containers = [RawNotices];
        Queues = [];
    }

    /// <summary>The layout under the default options: no table prefix, container <c>raw-notices</c>.</summary>
    public static StorageLayout Default { get; } = new(new StorageOptions());

    /// <summary>The base table names (without prefix) in the order of <see cref="Tables"/>.</summary>
    public static IReadOnlyList<string> TableBaseNames { get; } = [NoticesTable, HarvestCheckpointsTable, HarvestRunsTable, QuarantinedNoticesTable, SupplierProfilesTable, CompanyRegisterCacheTable, BuyerNeedsTable, BuyerKeysTable];

    /// <summary>The notice table's name.</summary>
    public string Notices { get; }

    /// <summary>The harvest checkpoint table's name.</summary>
    public string HarvestCheckpoints { get; }

    /// <summary>The harvest run log table's name.</summary>
    public string HarvestRuns { get; }

    /// <summary>The quarantine table's name.</summary>
    public string QuarantinedNotices { get; }

    /// <summary>The supplier profile table's name.</summary>
    public string SupplierProfiles { get; }

    /// <summary>The company register cache table's name.</summary>
    public string CompanyRegisterCache { get; }

    /// <summary>The buyer needs table's name.</summary>
    public string BuyerNeeds { get; }

    /// <summary>The hashed buyer API key table's name.</summary>
    public string BuyerKeys { get; }

    /// <summary>The raw notice archive container's name.</summary>
    public string RawNotices { get; }

    /// <summary>Every table name.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Every blob container name.</summary>
    public IReadOnlyList<string> Containers { get; }

    /// <summary>Every queue name. Storage defines none yet; capabilities that add queues list them here.</summary>
    public IReadOnlyList<string> Queues { get; }
}
