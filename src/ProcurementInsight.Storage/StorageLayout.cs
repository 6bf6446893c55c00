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

    /// <summary>Base name of the dated share estimate snapshot table (see <c>TableEstimateSnapshotStore</c>).</summary>
    public const string EstimateSnapshotsTable = "EstimateSnapshots";

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
        EstimateSnapshots = prefix + EstimateSnapshotsTable;
        RawNotices = options.RawNoticeContainer;
        Models = options.ModelContainer;
        Tables = [Notices, HarvestCheckpoints, HarvestRuns, QuarantinedNotices, EstimateSnapshots];
        Containers = [RawNotices, Models];
        Queues = [];
    }

    /// <summary>The layout under the default options: no table prefix, containers <c>raw-notices</c> and <c>models</c>.</summary>
    public static StorageLayout Default { get; } = new(new StorageOptions());

    /// <summary>The base table names (without prefix) in the order of <see cref="Tables"/>.</summary>
    public static IReadOnlyList<string> TableBaseNames { get; } = [NoticesTable, HarvestCheckpointsTable, HarvestRunsTable, QuarantinedNoticesTable, EstimateSnapshotsTable];

    /// <summary>The notice table's name.</summary>
    public string Notices { get; }

    /// <summary>The harvest checkpoint table's name.</summary>
    public string HarvestCheckpoints { get; }

    /// <summary>The harvest run log table's name.</summary>
    public string HarvestRuns { get; }

    /// <summary>The quarantine table's name.</summary>
    public string QuarantinedNotices { get; }

    /// <summary>The estimate snapshot table's name.</summary>
    public string EstimateSnapshots { get; }

    /// <summary>The trained classifier container's name.</summary>
    public string Models { get; }

    /// <summary>The raw notice archive container's name.</summary>
    public string RawNotices { get; }

    /// <summary>Every table name.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Every blob container name.</summary>
    public IReadOnlyList<string> Containers { get; }

    /// <summary>Every queue name. Storage defines none yet; capabilities that add queues list them here.</summary>
    public IReadOnlyList<string> Queues { get; }
}
