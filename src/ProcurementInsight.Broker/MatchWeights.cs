using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Broker;

/// <summary>
/// Weights of a match score's parts (section <c>Broker:Match</c>). The score is the weighted mean of the
/// parts that apply (CPV and region only when the need names them), each part between 0 and 1:
/// <c>score = Σ wᵢ·partᵢ / Σ wᵢ</c>. Track record carries most of the weight by default: in the time-ordered
/// backtest (bench <c>broker-backtest</c>) it alone finds the real winner as often as any blend, and the other
/// parts at 0.1 each keep text, code, place and innovation visible in the ranking at no measurable cost.
/// </summary>
public sealed class MatchWeights
{
    /// <summary>Text relevance: the BM25 score of the need's text against the supplier's contract texts, divided by the best candidate's.</summary>
    [Range(0.0, 100.0)]
    public double Text { get; set; } = 0.10;

    /// <summary>CPV proximity in the code hierarchy between the need's code and the codes the supplier won.</summary>
    [Range(0.0, 100.0)]
    public double Cpv { get; set; } = 0.10;

    /// <summary>Region: the share of the supplier's contracts in the need's NUTS region (and its wider NUTS 2 area).</summary>
    [Range(0.0, 100.0)]
    public double Region { get; set; } = 0.10;

    /// <summary>Innovation potential divided by 100.</summary>
    [Range(0.0, 100.0)]
    public double Innovation { get; set; } = 0.10;

    /// <summary>
    /// Added to <see cref="Innovation"/> when the need is worded for innovation (innovatiivinen, uusi ratkaisu, kokeilu,
    /// pilotti, tekoäly, ny lösning, pilot, innovation…): with the defaults innovation potential then weighs 0.4 against
    /// track record's 0.6, so the most innovative relevant suppliers rise. The answer's interpretation states it.
    /// </summary>
    [Range(0.0, 100.0)]
    public double InnovationWorded { get; set; } = 0.30;

    /// <summary>
    /// Track record near the need: <c>x = relevant wins × locality</c>, as <c>min(1, log(1 + x) / log(101))</c>.
    /// A contract's relevance is the square of the idf-weighted share of its title's words that the need's title has (the need's
    /// whole text when it has no title; CPV proximity when the need has no words any title knows): titles name what
    /// was bought, while CPV codes are often a division's general code. Locality is where the supplier works: of its
    /// contracts, plus <see cref="Matching.SupplierIndex.HomeContracts"/> at the region the notices give as its own
    /// address, the share in the need's region, plus 0.2 × the share elsewhere in its NUTS 2 area and 0.02 × the
    /// share further away (1 without a region).
    /// </summary>
    [Range(0.0, 100.0)]
    public double TrackRecord { get; set; } = 0.60;

    /// <summary>Candidates taken from each index query (text, CPV) before they are scored in full.</summary>
    [Range(10, 10_000)]
    public int Candidates { get; set; } = 300;
}
