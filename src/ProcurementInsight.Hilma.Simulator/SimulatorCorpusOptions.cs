using System.ComponentModel.DataAnnotations;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>What a <see cref="SimulatedCorpus"/> holds. The same options always give the same corpus, byte for byte.</summary>
public sealed record SimulatorCorpusOptions
{
    /// <summary>
    /// Configuration section name: the command line reads the corpus from <c>Simulator</c> (<c>Simulator:Seed</c>,
    /// <c>Simulator:From</c>, <c>Simulator:To</c>, which is exclusive there, and the rest by the same names).
    /// </summary>
    public const string SectionName = "Simulator";

    /// <summary>Seed of everything random in the corpus.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>First publication date (inclusive, Finnish calendar day).</summary>
    public DateOnly From { get; init; } = new(2025, 1, 1);

    /// <summary>
    /// Last publication date (inclusive, Finnish calendar day). The command line's <c>Simulator:To</c> is the day
    /// after it, exclusive as HILMA's <c>datePublished lt</c> filter.
    /// </summary>
    public DateOnly To { get; init; } = new(2025, 12, 31);

    /// <summary>Average number of notices published per year; HILMA publishes roughly 18,000.</summary>
    [Range(0, 1_000_000)]
    public int NoticesPerYear { get; init; } = 18_000;

    /// <summary>Share of notices that later get a corrected version (same id, newer <c>dateModified</c>).</summary>
    [Range(0.0, 1.0)]
    public double CorrectedShare { get; init; } = 0.03;

    /// <summary>
    /// Base rate of procurements truly new to the market (the hidden ground truth), before each division's and
    /// buyer's propensity; the realised share is close to it. Lets the share estimate be validated across true
    /// shares; the default is HILMA's roughly 5 %.
    /// </summary>
    [Range(0.0, 1.0)]
    public double NewToMarketShare { get; init; } = 0.05;

    /// <summary>
    /// Base rate of procurements truly new to the buyer (new to the market counts as new to the buyer too),
    /// before each division's and buyer's propensity; the default 0.44 gives HILMA's roughly 47 %.
    /// </summary>
    [Range(0.0, 1.0)]
    public double NewToBuyerShare { get; init; } = 0.44;

    /// <summary>
    /// Recall of state buyers' HILMA answers "new to the market" and "new to the buyer": the chance a buyer
    /// answers yes when it is true. Null keeps the usual recall (0.80 for the market, 0.85 for the buyer).
    /// </summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallState { get; init; }

    /// <summary>As <see cref="SelfReportRecallState"/>, for municipal buyers (municipalities, wellbeing services counties).</summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallMunicipal { get; init; }

    /// <summary>As <see cref="SelfReportRecallState"/>, for every other buyer (utilities, public undertakings, bodies governed by public law).</summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallOther { get; init; }

    /// <summary>Faults to inject; <see cref="FaultOptions.MalformedXmlRate"/> is applied to the corpus itself.</summary>
    public FaultOptions Faults { get; init; } = FaultOptions.None;

    /// <summary>The self-report recall set for a buyer's sector (<see cref="BuyerLegalType.ToSector"/>); null when unset.</summary>
    public double? SelfReportRecall(Sector sector) => sector switch
    {
        Sector.State => SelfReportRecallState,
        Sector.Municipal => SelfReportRecallMunicipal,
        _ => SelfReportRecallOther,
    };

    /// <summary>Throws when a setting is out of its range (see the <see cref="RangeAttribute"/>s).</summary>
    /// <exception cref="ValidationException">A setting is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
