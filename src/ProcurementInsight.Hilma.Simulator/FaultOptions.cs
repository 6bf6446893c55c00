using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>Faults the simulator injects so a client's resilience and quarantine can be tested.</summary>
public sealed record FaultOptions
{
    /// <summary>
    /// Configuration section name: the command line binds these from <c>Simulator</c>, beside the corpus settings
    /// (<c>Simulator:Rate429</c>, <c>Simulator:Rate5xx</c>, <c>Simulator:SlowRate</c>, <c>Simulator:SlowDelay</c>,
    /// <c>Simulator:MalformedXmlRate</c>).
    /// </summary>
    public const string SectionName = "Simulator";

    /// <summary>No faults at all (the default).</summary>
    public static FaultOptions None { get; } = new();

    /// <summary>Share of requests answered with a transient 429 (text body, <c>Retry-After</c>), 0–1.</summary>
    [Range(0.0, 1.0)]
    public double Rate429 { get; init; }

    /// <summary>Share of requests answered with a transient 500 or 503 (string body), 0–1.</summary>
    [Range(0.0, 1.0)]
    public double Rate5xx { get; init; }

    /// <summary>Share of requests delayed by <see cref="SlowDelay"/> before they are answered, 0–1.</summary>
    [Range(0.0, 1.0)]
    public double SlowRate { get; init; }

    /// <summary>Delay of a slow request; measured on the server's <see cref="TimeProvider"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Share of notices whose <c>eForm</c> is permanently broken (truncated, not well-formed or not eForms).
    /// A property of the corpus, not of a request: the same notices are broken on every read.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MalformedXmlRate { get; init; }
}
