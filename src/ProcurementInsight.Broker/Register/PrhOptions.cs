using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Broker.Register;

/// <summary>Settings of the company register client (configuration section <c>Prh</c>).</summary>
public sealed class PrhOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Prh";

    /// <summary>The bundled simulator's address, the offline default.</summary>
    public static readonly Uri SimulatorAddress = new("http://127.0.0.1:7481/opendata-ytj-api/v3/");

    /// <summary>The API's base address (ending in <c>/</c>). Production: <c>https://avoindata.prh.fi/opendata-ytj-api/v3/</c>.</summary>
    [Required]
    public Uri BaseAddress { get; set; } = SimulatorAddress;

    /// <summary>True (default) to run the bundled register simulator at <see cref="BaseAddress"/> in the command line and <c>serve</c>.</summary>
    public bool UseSimulator { get; set; } = true;

    /// <summary>How old a cached answer may be before the register is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan RefreshAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The least time between two calls: PRH publishes no limit; crawlers keep 0.25–0.75 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Retries of a failed call (429, 5xx, timeouts).</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry delay; later ones grow exponentially with jitter. Retry-After wins when sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
