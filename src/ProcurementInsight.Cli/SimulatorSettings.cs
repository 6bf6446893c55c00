using System.ComponentModel.DataAnnotations;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Cli;

/// <summary>
/// The bundled HILMA simulator's corpus, its hidden truth and how its simulated respondents behave
/// (configuration section <c>Simulator</c>; the same for every command that builds the corpus).
/// </summary>
internal sealed class SimulatorSettings : IValidatableObject
{
    public const string SectionName = "Simulator";

    /// <summary>The seed: the same seed gives the same corpus, byte for byte.</summary>
    public int Seed { get; set; } = 20250101;

    /// <summary>First publication day of the corpus, inclusive (HILMA's <c>datePublished ge</c>).</summary>
    public DateTimeOffset From { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// End of the corpus, exclusive: the first day with no notices (HILMA's <c>datePublished lt</c>). The default
    /// 2026-01-01 gives the whole of 2025.
    /// </summary>
    public DateTimeOffset To { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Notices a year; HILMA publishes about 18,000.</summary>
    [Range(1, 1_000_000)]
    public int NoticesPerYear { get; set; } = 18_000;

    /// <summary>Base rate of procurements truly new to the market (<see cref="SimulatorCorpusOptions.NewToMarketShare"/>).</summary>
    [Range(0.0, 1.0)]
    public double NewToMarketShare { get; set; } = new SimulatorCorpusOptions().NewToMarketShare;

    /// <summary>Base rate of procurements truly new to the buyer (<see cref="SimulatorCorpusOptions.NewToBuyerShare"/>).</summary>
    [Range(0.0, 1.0)]
    public double NewToBuyerShare { get; set; } = new SimulatorCorpusOptions().NewToBuyerShare;

    /// <summary>Recall of state buyers' HILMA novelty answers; unset keeps 0.80 (market) and 0.85 (buyer).</summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallState { get; set; }

    /// <summary>Recall of municipal buyers' HILMA novelty answers; unset keeps 0.80 (market) and 0.85 (buyer).</summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallMunicipal { get; set; }

    /// <summary>Recall of other buyers' HILMA novelty answers; unset keeps 0.80 (market) and 0.85 (buyer).</summary>
    [Range(0.0, 1.0)]
    public double? SelfReportRecallOther { get; set; }

    /// <summary>How simulated procurement units answer the follow-up survey (section <c>Simulator:Survey</c>).</summary>
    public SimulatedSurveyOptions Survey { get; set; } = new();

    /// <summary>
    /// Requests the simulator admits per sliding minute, all keys together, answering 429 with <c>Retry-After</c>
    /// beyond; unset is unlimited. HILMA once documented 6 (<see cref="HilmaSimulatorOptions.RequestsPerMinute"/>).
    /// </summary>
    [Range(1, 1_000_000)]
    public int? RequestsPerMinute { get; set; }

    /// <summary>Shape of <c>hilmaStatistics</c> in read answers: keyed by lot (as seen) or flat (as documented).</summary>
    [EnumDataType(typeof(StatisticsShape))]
    public StatisticsShape StatisticsShape { get; set; } = StatisticsShape.KeyedByLot;

    /// <summary>Seed of the per-request fault draws (<c>Simulator:Rate429</c> and the other faults, <see cref="FaultOptions"/>).</summary>
    public int FaultSeed { get; set; } = new HilmaSimulatorOptions().FaultSeed;

    /// <summary>
    /// The corpus's last publication day: the day before <see cref="To"/>, which is exclusive as HILMA's own date
    /// filters are used (<c>datePublished ge From and datePublished lt To</c>). A time of day in <see cref="To"/>
    /// counts its whole day out.
    /// </summary>
    public DateOnly LastDay => DateOnly.FromDateTime(To.UtcDateTime).AddDays(-1);

    /// <summary>The nested <see cref="Survey"/> settings' ranges, which data annotations alone do not check.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        if (LastDay < DateOnly.FromDateTime(From.UtcDateTime))
        {
            results.Add(new ValidationResult($"Simulator:To ({To:yyyy-MM-dd}) must be at least a day after Simulator:From ({From:yyyy-MM-dd}); it is exclusive.", [nameof(To)]));
        }

        Validator.TryValidateObject(Survey, new ValidationContext(Survey), results, validateAllProperties: true);
        return results.Select(r => r.MemberNames.Contains(nameof(To)) ? r : new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => "Survey:" + m)]));
    }
}
