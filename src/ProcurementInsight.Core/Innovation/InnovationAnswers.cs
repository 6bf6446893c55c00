namespace ProcurementInsight.Core.Innovation;

/// <summary>
/// HILMA's own statistics answers on innovation for one lot (or, for pre-2023 notices, the whole
/// notice). Null means the question was not answered or not asked.
/// </summary>
/// <param name="InnovationConsidered">"Innovation considered" (<c>innovationConsidered</c>).</param>
/// <param name="SolutionNewToBuyer">"The solution is new to the buyer" (<c>solutionNewToBuyer</c>).</param>
/// <param name="SolutionNewToMarketOrIndustry">
/// "The solution is new to the market or industry" (<c>solutionNewToMarketOrIndustry</c>).
/// </param>
/// <param name="Source">Where the answers were read.</param>
public sealed record InnovationAnswers(
    bool? InnovationConsidered,
    bool? SolutionNewToBuyer,
    bool? SolutionNewToMarketOrIndustry,
    HilmaStatisticsSource Source)
{
    /// <summary>True when no question has an answer.</summary>
    public bool IsEmpty => InnovationConsidered is null && SolutionNewToBuyer is null && SolutionNewToMarketOrIndustry is null;
}
