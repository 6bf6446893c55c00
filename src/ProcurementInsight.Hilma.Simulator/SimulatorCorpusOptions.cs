namespace ProcurementInsight.Hilma.Simulator;

/// <summary>What a <see cref="SimulatedCorpus"/> holds. The same options always give the same corpus, byte for byte.</summary>
public sealed record SimulatorCorpusOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "HilmaSimulator:Corpus";

    /// <summary>Seed of everything random in the corpus.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>First publication date (inclusive, Finnish calendar day).</summary>
    public DateOnly From { get; init; } = new(2025, 1, 1);

    /// <summary>Last publication date (inclusive).</summary>
    public DateOnly To { get; init; } = new(2025, 12, 31);

    /// <summary>Average number of notices published per year; HILMA publishes roughly 18,000.</summary>
    public int NoticesPerYear { get; init; } = 18_000;

    /// <summary>Share of notices that later get a corrected version (same id, newer <c>dateModified</c>).</summary>
    public double CorrectedShare { get; init; } = 0.03;

    /// <summary>
    /// Base rate of procurements truly new to the market (the hidden ground truth), before each division's and
    /// buyer's propensity; the realised share is close to it. Lets the share estimate be validated across true
    /// shares; the default is HILMA's roughly 5 %.
    /// </summary>
    public double NewToMarketShare { get; init; } = 0.05;

    /// <summary>Faults to inject; <see cref="FaultOptions.MalformedXmlRate"/> is applied to the corpus itself.</summary>
    public FaultOptions Faults { get; init; } = FaultOptions.None;
}
