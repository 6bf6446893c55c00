using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// How simulated procurement units answer the follow-up survey: who answers (by sector and size, as in
/// KEINO's surveys, where central government answers most and small purchases least) and how well the
/// answers match the hidden truth. Configuration section <c>Simulator:Survey</c> on the command line.
/// </summary>
public sealed record SimulatedSurveyOptions
{
    /// <summary>Seed of every draw.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Share of notices with no usable contact (never asked).</summary>
    [Range(0.0, 1.0)]
    public double NoContactRate { get; init; } = 0.03;

    /// <summary>Response rate of state buyers.</summary>
    [Range(0.0, 1.0)]
    public double StateResponseRate { get; init; } = 0.45;

    /// <summary>Response rate of municipal buyers (municipalities, wellbeing services counties).</summary>
    [Range(0.0, 1.0)]
    public double MunicipalResponseRate { get; init; } = 0.32;

    /// <summary>Response rate of other buyers (utilities, public undertakings, bodies governed by public law).</summary>
    [Range(0.0, 1.0)]
    public double OtherResponseRate { get; init; } = 0.22;

    /// <summary>Added to the response rate of procurements worth a million euros or more; subtracted for those under 60,000 euros.</summary>
    [Range(0.0, 1.0)]
    public double SizeEffect { get; init; } = 0.10;

    /// <summary>Chance a respondent recognises a true novelty (of the market, buyer or procedure).</summary>
    [Range(0.0, 1.0)]
    public double Recall { get; init; } = 0.97;

    /// <summary>Chance a respondent reports a novelty that is not there.</summary>
    [Range(0.0, 1.0)]
    public double FalsePositiveRate { get; init; } = 0.005;

    /// <summary>Multiplies every response rate (after the size effect); 1 keeps the rates above, 0.5 halves them.</summary>
    [Range(0.0, 100.0)]
    public double ResponseScale { get; init; } = 1.0;

    /// <summary>
    /// Multiplies the response rate of a procurement truly new to the market or truly innovative (the hidden
    /// truth): 1 answers regardless of innovativeness; 2 makes innovative procurements' units twice as likely to answer.
    /// </summary>
    [Range(0.0, 100.0)]
    public double InnovativeResponseFactor { get; init; } = 1.0;

    /// <summary>Throws when a setting is out of its range (see the <see cref="RangeAttribute"/>s).</summary>
    /// <exception cref="ValidationException">A setting is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
