namespace ProcurementInsight.Core.Estimation;

/// <summary>The innovative share of one year under one definition: what analysts read.</summary>
/// <param name="Year">The year of first publication.</param>
/// <param name="Definition">The definition (<see cref="ShareDefinitions.Name"/>).</param>
/// <param name="CountShare">Share of procurements by the headline method (<see cref="Headline"/>).</param>
/// <param name="EuroShare">Share of euros by the headline method.</param>
/// <param name="Method">The model-based method: <c>cc</c>, <c>acc</c> or <c>pacc</c>.</param>
/// <param name="MethodDescription">The method in plain words, with the non-response correction.</param>
/// <param name="Target">The government's target share (0.10).</param>
/// <param name="ReplicatesAtOrAboveTarget">Share of the headline method's bootstrap replicates whose count share reached the target: where the interval lies against 10 %, not a probability that the target is met.</param>
/// <param name="Procurements">Number of procurements counted.</param>
/// <param name="ValueCoverage">Share of procurements with a known value.</param>
/// <param name="ImputedEuroShare">Share of the euros that were imputed.</param>
/// <param name="Labels">Where the labels came from.</param>
/// <param name="ByCount">Share of procurements by every method, for comparison (CC beside ACC and PACC).</param>
/// <param name="ByEuros">Share of euros by every method.</param>
/// <param name="Breakdowns">The headline shares by quarter, sector, CPV division and region.</param>
/// <param name="ModelVersion">The classifier version that scored the procurements.</param>
/// <param name="ComputedAt">When the estimate was computed.</param>
public sealed record ShareEstimate(
    int Year,
    string Definition,
    ShareInterval CountShare,
    ShareInterval EuroShare,
    string Method,
    string MethodDescription,
    double Target,
    double ReplicatesAtOrAboveTarget,
    int Procurements,
    double ValueCoverage,
    double ImputedEuroShare,
    LabelCounts Labels,
    MethodShares ByCount,
    MethodShares ByEuros,
    ShareBreakdowns Breakdowns,
    string ModelVersion,
    DateTimeOffset ComputedAt)
{
    /// <summary>Which estimate the headline shares are: <c>design-based</c>, <c>model-based</c> or <c>self-report</c> (no survey answers: only the buyers' own answers are known, shown without an interval).</summary>
    public string Headline { get; init; } = "model-based";

    /// <summary>Why the headline is the one it is, in one sentence.</summary>
    public string HeadlineReason { get; init; } = string.Empty;

    /// <summary>What the definition counts, in one sentence.</summary>
    public string DefinitionText { get; init; } = string.Empty;

    /// <summary>What the interval covers, in one plain sentence.</summary>
    public string IntervalMeaning { get; init; } = string.Empty;

    /// <summary>What an analyst must know first (no survey answers, no control sample answers, fallbacks), most important first.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>The model-based (classifier) shares by the configured <see cref="Method"/>, beside the design-based ones.</summary>
    public ModelBasedShares? ModelBased { get; init; }

    /// <summary>The design-based shares from survey answers alone, beside the model-based ones.</summary>
    public DesignBasedShares? DesignBased { get; init; }

    /// <summary>The survey design behind the answers: invitations, answers and response rates per phase.</summary>
    public SurveyDesignSummary? Design { get; init; }

    /// <summary>The share the buyers themselves reported in HILMA (their own answers and eForms codes), by count and by euros; not an estimate of the innovative share.</summary>
    public SelfReportedShare? SelfReported { get; init; }
}
