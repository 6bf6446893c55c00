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

    /// <summary>Base name of the survey invitation table (see <c>TableSurveyInvitationStore</c>).</summary>
    public const string SurveyInvitationsTable = "SurveyInvitations";

    /// <summary>Base name of the survey answer table (see <c>TableSurveyAnswerStore</c>).</summary>
    public const string SurveyAnswersTable = "SurveyAnswers";

    /// <summary>Base name of the survey opt-out table (see <c>TableSurveyOptOutStore</c>).</summary>
    public const string SurveyOptOutsTable = "SurveyOptOuts";

    /// <summary>Base name of the survey draw table, one draw per procedure (see <c>TableSurveyDrawStore</c>).</summary>
    public const string SurveyDrawsTable = "SurveyDraws";

    /// <summary>Base name of the per-address cap's counters (see <c>TableSurveyAddressCap</c>).</summary>
    public const string SurveyAddressCapsTable = "SurveyAddressCaps";

    /// <summary>Base name of the control sample's yearly allocations (see <c>TableSurveyAllocationStore</c>).</summary>
    public const string SurveyAllocationsTable = "SurveyAllocations";

    /// <summary>
    /// The queue through which harvested notices reach the survey; the <c>DispatchSurveys</c> function
    /// listens on it under this exact name, so it takes no prefix in production.
    /// </summary>
    public const string SurveyTriggersQueueName = "survey-triggers";

    /// <summary>Where survey trigger messages that keep failing are set aside, with their reason.</summary>
    public const string SurveyTriggersPoisonQueueName = "survey-triggers-poison";

    private readonly string _queuePrefix;

    /// <summary>Base name of the dated share estimate snapshot table (see <c>TableEstimateSnapshotStore</c>).</summary>
    public const string EstimateSnapshotsTable = "EstimateSnapshots";

    /// <summary>Base name of the supplier profile table (see <c>TableSupplierProfileStore</c>).</summary>
    public const string SupplierProfilesTable = "SupplierProfiles";

    /// <summary>Base name of the company register cache table.</summary>
    public const string CompanyRegisterCacheTable = "CompanyRegisterCache";

    /// <summary>Base name of the buyer needs table.</summary>
    public const string BuyerNeedsTable = "BuyerNeeds";

    /// <summary>Base name of the hashed buyer API key table.</summary>
    public const string BuyerKeysTable = "BuyerKeys";

    /// <summary>Base name of the hashed supplier API key table.</summary>
    public const string SupplierKeysTable = "SupplierKeys";

    /// <summary>Base name of the supplier view's audit table.</summary>
    public const string SupplierAccessAuditTable = "SupplierAccessAudit";

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
        SurveyInvitations = prefix + SurveyInvitationsTable;
        SurveyAnswers = prefix + SurveyAnswersTable;
        SurveyOptOuts = prefix + SurveyOptOutsTable;
        SurveyDraws = prefix + SurveyDrawsTable;
        SurveyAddressCaps = prefix + SurveyAddressCapsTable;
        SurveyAllocations = prefix + SurveyAllocationsTable;
        EstimateSnapshots = prefix + EstimateSnapshotsTable;

        // Queue names must be lower case; the prefix (letters and digits) is lowered for them.
        var queuePrefix = prefix.ToLowerInvariant();
        _queuePrefix = queuePrefix;
        SurveyTriggers = queuePrefix + SurveyTriggersQueueName;
        SurveyTriggersPoison = queuePrefix + SurveyTriggersPoisonQueueName;
        SupplierProfiles = prefix + SupplierProfilesTable;
        CompanyRegisterCache = prefix + CompanyRegisterCacheTable;
        BuyerNeeds = prefix + BuyerNeedsTable;
        BuyerKeys = prefix + BuyerKeysTable;
        SupplierKeys = prefix + SupplierKeysTable;
        SupplierAccessAudit = prefix + SupplierAccessAuditTable;
        RawNotices = options.RawNoticeContainer;
        Models = options.ModelContainer;
        Broker = options.BrokerContainer;
        Tables = [Notices, HarvestCheckpoints, HarvestRuns, QuarantinedNotices, SurveyInvitations, SurveyAnswers, SurveyOptOuts, EstimateSnapshots, SupplierProfiles, CompanyRegisterCache, BuyerNeeds, BuyerKeys, SurveyDraws, SurveyAddressCaps, SurveyAllocations, SupplierKeys, SupplierAccessAudit];
        Containers = [RawNotices, Models, Broker];
        Queues = [SurveyTriggers, SurveyTriggersPoison];
    }

    /// <summary>The layout under the default options: no table prefix, containers <c>raw-notices</c>, <c>models</c> and <c>broker</c>.</summary>
    public static StorageLayout Default { get; } = new(new StorageOptions());

    /// <summary>The base table names (without prefix) in the order of <see cref="Tables"/>.</summary>
    public static IReadOnlyList<string> TableBaseNames { get; } = [NoticesTable, HarvestCheckpointsTable, HarvestRunsTable, QuarantinedNoticesTable, SurveyInvitationsTable, SurveyAnswersTable, SurveyOptOutsTable, EstimateSnapshotsTable, SupplierProfilesTable, CompanyRegisterCacheTable, BuyerNeedsTable, BuyerKeysTable, SurveyDrawsTable, SurveyAddressCapsTable, SurveyAllocationsTable, SupplierKeysTable, SupplierAccessAuditTable];

    /// <summary>The base queue names (without prefix) in the order of <see cref="Queues"/>.</summary>
    public static IReadOnlyList<string> QueueBaseNames { get; } = [SurveyTriggersQueueName, SurveyTriggersPoisonQueueName];

    /// <summary>The blob container of the broker's potential supplier field (<c>broker</c> by default).</summary>
    public string Broker { get; }

    /// <summary>The notice table's name.</summary>
    public string Notices { get; }

    /// <summary>The harvest checkpoint table's name.</summary>
    public string HarvestCheckpoints { get; }

    /// <summary>The harvest run log table's name.</summary>
    public string HarvestRuns { get; }

    /// <summary>The quarantine table's name.</summary>
    public string QuarantinedNotices { get; }

    /// <summary>The name a queue with this base name (e.g. <see cref="SurveyTriggersQueueName"/>) has under the prefix.</summary>
    public string QueueName(string baseName)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        return _queuePrefix + baseName;
    }

    /// <summary>The survey invitation table's name.</summary>
    public string SurveyInvitations { get; }

    /// <summary>The survey answer table's name.</summary>
    public string SurveyAnswers { get; }

    /// <summary>The survey opt-out table's name.</summary>
    public string SurveyOptOuts { get; }

    /// <summary>The survey draw table's name.</summary>
    public string SurveyDraws { get; }

    /// <summary>The per-address cap counter table's name.</summary>
    public string SurveyAddressCaps { get; }

    /// <summary>The control allocation table's name.</summary>
    public string SurveyAllocations { get; }

    /// <summary>The survey trigger queue's name.</summary>
    public string SurveyTriggers { get; }

    /// <summary>The survey trigger poison queue's name.</summary>
    public string SurveyTriggersPoison { get; }

    /// <summary>The estimate snapshot table's name.</summary>
    public string EstimateSnapshots { get; }

    /// <summary>The trained classifier container's name.</summary>
    public string Models { get; }

    /// <summary>The supplier profile table's name.</summary>
    public string SupplierProfiles { get; }

    /// <summary>The company register cache table's name.</summary>
    public string CompanyRegisterCache { get; }

    /// <summary>The buyer needs table's name.</summary>
    public string BuyerNeeds { get; }

    /// <summary>The hashed buyer API key table's name.</summary>
    public string BuyerKeys { get; }

    /// <summary>The hashed supplier API key table's name.</summary>
    public string SupplierKeys { get; }

    /// <summary>The supplier view's audit table's name.</summary>
    public string SupplierAccessAudit { get; }

    /// <summary>The raw notice archive container's name.</summary>
    public string RawNotices { get; }

    /// <summary>Every table name.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Every blob container name.</summary>
    public IReadOnlyList<string> Containers { get; }

    /// <summary>Every queue name.</summary>
    public IReadOnlyList<string> Queues { get; }
}
