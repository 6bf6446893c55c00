namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// How simulated procurement units answer the follow-up survey: who answers (by sector and size, as in
/// KEINO's surveys, where central government answers most and small purchases least) and how well the
/// answers match the hidden truth.
/// </summary>
public sealed record SimulatedSurveyOptions
{
    /// <summary>Seed of every draw.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Share of notices with no usable contact (never asked).</summary>
    public double NoContactRate { get; init; } = 0.03;

    /// <summary>Response rate of state buyers.</summary>
    public double StateResponseRate { get; init; } = 0.45;

    /// <summary>Response rate of municipal buyers (municipalities, wellbeing services counties).</summary>
    public double MunicipalResponseRate { get; init; } = 0.32;

    /// <summary>Response rate of other buyers (utilities, public undertakings, bodies governed by public law).</summary>
    public double OtherResponseRate { get; init; } = 0.22;

    /// <summary>Added to the response rate of procurements worth a million euros or more; subtracted for those under 60,000 euros.</summary>
    public double SizeEffect { get; init; } = 0.10;

    /// <summary>Chance a respondent recognises a true novelty (of the market, buyer or procedure).</summary>
    public double Recall { get; init; } = 0.97;

    /// <summary>Chance a respondent reports a novelty that is not there.</summary>
    public double FalsePositiveRate { get; init; } = 0.005;
}
