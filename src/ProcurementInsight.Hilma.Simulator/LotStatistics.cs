namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// HILMA's statistics answers for one lot (CONTRACTS.md A.9), as the buyer reported them. The innovation
/// answers are noisy self-reports of the notice's <see cref="NoticeTruth"/>.
/// </summary>
public sealed record LotStatistics
{
    /// <summary>Energy efficiency considered.</summary>
    public bool? EnergyEfficiencyConsidered { get; init; }

    /// <summary>Low-carbon criteria.</summary>
    public bool? LowCarbon { get; init; }

    /// <summary>Circular economy.</summary>
    public bool? CircularEconomy { get; init; }

    /// <summary>Biodiversity.</summary>
    public bool? Biodiversity { get; init; }

    /// <summary>Sustainable food production.</summary>
    public bool? SustainableFoodProduction { get; init; }

    /// <summary>Listed green criteria used; null unless a green option is true.</summary>
    public bool? ListedGreenCriteriaUsed { get; init; }

    /// <summary>Just working conditions.</summary>
    public bool? JustWorkingConditions { get; init; }

    /// <summary>Employment condition.</summary>
    public bool? EmploymentCondition { get; init; }

    /// <summary>Estimated employment opportunities; null unless <see cref="EmploymentCondition"/> is true.</summary>
    public int? HowManyOpportunitiesIsEstimated { get; init; }

    /// <summary>Code of conduct.</summary>
    public bool? CodeOfConduct { get; init; }

    /// <summary>Innovation considered (always true when a "new to" answer is).</summary>
    public bool? InnovationConsidered { get; init; }

    /// <summary>Solution new to the buyer (HILMA writes BT-776 <c>org-nov</c>).</summary>
    public bool? SolutionNewToBuyer { get; init; }

    /// <summary>Solution new to the market or industry (HILMA writes BT-776 <c>mar-nov</c>).</summary>
    public bool? SolutionNewToMarketOrIndustry { get; init; }

    /// <summary>SME participation considered.</summary>
    public bool? SmeParticipationConsidered { get; init; }

    /// <summary>End users involved; only asked for notice types 14, 20, 21, 33, 34, 35.</summary>
    public bool? EndUserInvolved { get; init; }

    /// <summary>Field-wise OR over lots (nulls stay null only when every lot has null).</summary>
    public static LotStatistics Merge(IEnumerable<LotStatistics> lots)
    {
        static bool? Or(bool? a, bool? b) => a is null ? b : b is null ? a : a.Value || b.Value;
        static int? Sum(int? a, int? b) => a is null ? b : b is null ? a : a.Value + b.Value;
        return lots.Aggregate((a, b) => new LotStatistics
        {
            EnergyEfficiencyConsidered = Or(a.EnergyEfficiencyConsidered, b.EnergyEfficiencyConsidered),
            LowCarbon = Or(a.LowCarbon, b.LowCarbon),
            CircularEconomy = Or(a.CircularEconomy, b.CircularEconomy),
            Biodiversity = Or(a.Biodiversity, b.Biodiversity),
            SustainableFoodProduction = Or(a.SustainableFoodProduction, b.SustainableFoodProduction),
            ListedGreenCriteriaUsed = Or(a.ListedGreenCriteriaUsed, b.ListedGreenCriteriaUsed),
            JustWorkingConditions = Or(a.JustWorkingConditions, b.JustWorkingConditions),
            EmploymentCondition = Or(a.EmploymentCondition, b.EmploymentCondition),
            HowManyOpportunitiesIsEstimated = Sum(a.HowManyOpportunitiesIsEstimated, b.HowManyOpportunitiesIsEstimated),
            CodeOfConduct = Or(a.CodeOfConduct, b.CodeOfConduct),
            InnovationConsidered = Or(a.InnovationConsidered, b.InnovationConsidered),
            SolutionNewToBuyer = Or(a.SolutionNewToBuyer, b.SolutionNewToBuyer),
            SolutionNewToMarketOrIndustry = Or(a.SolutionNewToMarketOrIndustry, b.SolutionNewToMarketOrIndustry),
            SmeParticipationConsidered = Or(a.SmeParticipationConsidered, b.SmeParticipationConsidered),
            EndUserInvolved = Or(a.EndUserInvolved, b.EndUserInvolved),
        });
    }
}
