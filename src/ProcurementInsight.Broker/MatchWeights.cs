using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Broker;

/// <summary>
/// Weights of a match score's parts (section <c>Broker:Match</c>). The score is the weighted mean of the
/// parts that apply (CPV and region only when the need names them), each part between 0 and 1:
/// <c>score = Σ wᵢ·partᵢ / Σ wᵢ</c>.
/// </summary>
public sealed class MatchWeights
{
    /// <summary>Text relevance: the BM25 score of the need's text against the supplier's contract texts, divided by the best candidate's.</summary>
    [Range(0.0, 100.0)]
    public double Text { get; set; } = 0.30;

    /// <summary>CPV proximity in the code hierarchy between the need's code and the codes the supplier won.</summary>
    [Range(0.0, 100.0)]
    public double Cpv { get; set; } = 0.20;

    /// <summary>Region: the share of the supplier's contracts in the need's NUTS region (and its wider NUTS 2 area).</summary>
    [Range(0.0, 100.0)]
    public double Region { get; set; } = 0.15;

    /// <summary>Innovation potential divided by 100.</summary>
    [Range(0.0, 100.0)]
    public double Innovation { get; set; } = 0.10;

    /// <summary>
    /// Track record near the need: contracts won, each weighted by its CPV proximity to the need's code (1 without
    /// a code) and by its region (the need's region 1, the same NUTS 2 area 0.3, elsewhere 0.05; 1 without a
    /// region), as <c>min(1, log(1 + x) / log(101))</c>.
    /// </summary>
    [Range(0.0, 100.0)]
    public double TrackRecord { get; set; } = 0.25;

    /// <summary>Candidates taken from each index query (text, CPV) before they are scored in full.</summary>
    [Range(10, 10_000)]
    public int Candidates { get; set; } = 300;
}
