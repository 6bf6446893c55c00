using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Broker;

/// <summary>
/// Weights of the innovation potential's components (section <c>Broker:InnovationPotential</c>).
/// The potential is <c>100 · Σ wᵢ·cᵢ / Σ wᵢ</c>, each component cᵢ between 0 and 1 (see
/// <see cref="Scoring.InnovationPotentialScorer"/> for each formula).
/// </summary>
public sealed class InnovationPotentialWeights
{
    /// <summary>Innovative contracts won: <c>1 − e^(−n/3)</c>.</summary>
    [Range(0.0, 100.0)]
    public double InnovativeContracts { get; set; } = 0.30;

    /// <summary>Share of wins flagged new to the market: <c>min(1, share / 0.25)</c>.</summary>
    [Range(0.0, 100.0)]
    public double NewToMarketShare { get; set; } = 0.20;

    /// <summary>Survey-confirmed innovative contracts: <c>1 − e^(−n)</c>.</summary>
    [Range(0.0, 100.0)]
    public double SurveyConfirmed { get; set; } = 0.20;

    /// <summary>Breadth of buyers: <c>1 − e^(−buyers/5)</c>.</summary>
    [Range(0.0, 100.0)]
    public double BuyerBreadth { get; set; } = 0.10;

    /// <summary>Recency of the last win: <c>e^(−years/1.5)</c>.</summary>
    [Range(0.0, 100.0)]
    public double Recency { get; set; } = 0.10;

    /// <summary>Growth: wins in the last 12 months against the 12 before, <c>0.5 + 0.5·(recent − prior)/(recent + prior)</c>.</summary>
    [Range(0.0, 100.0)]
    public double Growth { get; set; } = 0.10;
}
