using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Cli;

/// <summary>The bundled HILMA simulator's corpus (configuration section <c>Simulator</c>).</summary>
internal sealed class SimulatorSettings
{
    public const string SectionName = "Simulator";

    /// <summary>The seed: the same seed gives the same corpus, byte for byte.</summary>
    public int Seed { get; set; } = 20250101;

    /// <summary>First publication instant of the corpus.</summary>
    public DateTimeOffset From { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>End (exclusive) of the corpus.</summary>
    public DateTimeOffset To { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Notices a year; HILMA publishes about 18,000.</summary>
    [Range(1, 1_000_000)]
    public int NoticesPerYear { get; set; } = 18_000;

    /// <summary>Share of requests answered 429 (fault mode).</summary>
    [Range(0.0, 1.0)]
    public double Rate429 { get; set; }

    /// <summary>Share of requests answered 500/503 (fault mode).</summary>
    [Range(0.0, 1.0)]
    public double Rate5xx { get; set; }

    /// <summary>Share of requests answered slowly (fault mode).</summary>
    [Range(0.0, 1.0)]
    public double SlowRate { get; set; }

    /// <summary>Share of notices whose XML is malformed, permanently (fault mode).</summary>
    [Range(0.0, 1.0)]
    public double MalformedXmlRate { get; set; }
}
