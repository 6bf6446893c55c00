using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Hilma;

/// <summary>Settings of the HILMA client and harvester (configuration section <c>Hilma</c>).</summary>
public sealed class HilmaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hilma";

    /// <summary>The bundled simulator's address, the offline default.</summary>
    public static readonly Uri SimulatorAddress = new("http://127.0.0.1:7480/");

    /// <summary>
    /// The API's base address. Production: <c>https://api.hankintailmoitukset.fi/</c>. Default: the
    /// bundled simulator on loopback.
    /// </summary>
    [Required]
    public Uri BaseAddress { get; set; } = SimulatorAddress;

    /// <summary>
    /// True (default) to run the bundled HILMA simulator at <see cref="BaseAddress"/> in the local
    /// command line and its <c>serve</c> twin. Set false with a real address and key for production.
    /// </summary>
    public bool UseSimulator { get; set; } = true;

    /// <summary>The AVP-Read subscription key (<c>Ocp-Apim-Subscription-Key</c>). A secret: from environment or Key Vault only.</summary>
    public string? SubscriptionKey { get; set; }

    /// <summary>The search page size; HILMA caps <c>top</c> at 1000.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>
    /// The most results one time window may hold before it is split in halves. Keeps <c>skip</c> far
    /// below the service's 100,000 cap.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxResultsPerWindow { get; set; } = 10_000;

    /// <summary>The length of one checkpointed harvest window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "366.00:00:00")]
    public TimeSpan WindowSize { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Where the very first harvest starts when no checkpoint exists (UTC).</summary>
    public DateTimeOffset InitialFrom { get; set; } = new(2023, 9, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How far before the checkpoint an incremental run starts again, so notices that reached the
    /// search index late are not missed. Re-reading is harmless: unchanged notices are only counted.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The search field that windows filter and sort on. <c>datePublished</c> is confirmed filterable
    /// and sortable; corrections are separate notices with their own publication date.
    /// </summary>
    [Required]
    [RegularExpression("^(datePublished|dateModified)$")]
    public string WindowField { get; set; } = "datePublished";

    /// <summary>Ids per eForms batch read; the API takes at most 50.</summary>
    [Range(1, 50)]
    public int ReadBatchSize { get; set; } = 50;

    /// <summary>Notices stored in parallel within a batch.</summary>
    [Range(1, 64)]
    public int StoreParallelism { get; set; } = 8;

    /// <summary>Retries of a failed call (429, 5xx, timeouts) before the run fails.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first retry delay; later ones grow exponentially with jitter. Retry-After wins when sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most one call may take with all its attempts and waits. The default covers four Retry-After
    /// waits of a minute (HILMA's documented 6 requests a minute) and five attempts of
    /// <see cref="AttemptTimeout"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CallBudget { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
