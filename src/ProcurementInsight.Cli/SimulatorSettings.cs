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

    /// <summary>First publication instant of the corpus.</summary>
    public DateTimeOffset From { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>End (exclusive) of the corpus.</summary>
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

    /// <summary>The nested <see cref="Survey"/> settings' ranges, which data annotations alone do not check.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Survey, new ValidationContext(Survey), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => "Survey:" + m)]));
    }
}
