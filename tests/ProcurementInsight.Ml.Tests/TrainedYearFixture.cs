using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Ml.Tests;

/// <summary>One simulated year (true share new to the market about 10 %) with survey outcomes, trained once for the whole class.</summary>
public sealed class TrainedYearFixture
{
    public TrainedYearFixture()
    {
        Year = SimulatedYear.Create(seed: 11, noticesPerYear: 8000, newToMarketShare: 0.10);
        Options = new MlOptions { TreeTrainerMaxRows = 0 };
        (Artifact, Card) = new ClassifierTrainer(Options).Train(Year.Units, Year.Outcomes, new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero));
        Classifier = new InnovationClassifier(Artifact, Options.Seed);
    }

    internal SimulatedYear Year { get; }

    internal MlOptions Options { get; }

    internal ModelArtifact Artifact { get; }

    internal ModelCard Card { get; }

    internal InnovationClassifier Classifier { get; }

    internal ShareEstimate Estimate(ShareDefinition definition) =>
        ShareEstimateService.Estimate(Classifier, [.. Year.Units.Where(u => u.Year == 2025)], 2025, definition, Options, new DateTimeOffset(2026, 1, 15, 6, 0, 0, TimeSpan.Zero)).Estimate
        ?? throw new InvalidOperationException("No estimate.");

    /// <summary>The 2025 estimate from outcomes that carry the survey design, so its design-based share and design counts are filled.</summary>
    internal ShareEstimate Estimate(ShareDefinition definition, IReadOnlyList<SurveyOutcome>? outcomes, MlOptions? options = null) =>
        ShareEstimateService.Estimate(Classifier, [.. Year.Units.Where(u => u.Year == 2025)], 2025, definition, options ?? Options, new DateTimeOffset(2026, 1, 15, 6, 0, 0, TimeSpan.Zero), Year.Units, outcomes).Estimate
        ?? throw new InvalidOperationException("No estimate.");

    /// <summary>Outcomes as the service's design would give them: every flagged procurement invited, 10 % of the others, each invited one answering as simulated.</summary>
    internal List<SurveyOutcome> DesignedOutcomes(bool withControl)
    {
        var byKey = Year.Outcomes.ToDictionary(o => o.NoticeKey, StringComparer.Ordinal);
        var outcomes = new List<SurveyOutcome>();
        foreach (var unit in Year.Units.Where(u => u.Year == 2025))
        {
            var flagged = WeightingClasses.IsFlaggedLike(WeightingClasses.Pattern(unit.SelfReport));
            // A stable hash, not string.GetHashCode (randomised per process): the same control sample in every run.
            var inControl = !flagged && withControl && unit.Key.Aggregate(17u, (hash, c) => unchecked((hash * 31) + c)) % 10 == 0;
            if ((flagged || inControl) && byKey.TryGetValue(unit.Key, out var outcome))
            {
                outcomes.Add(outcome with { Design = new SurveyDesignPoint(flagged ? SurveyPhase.Flagged : SurveyPhase.Control, unit.Stratum, flagged ? 1.0 : 0.1) });
            }
        }

        return outcomes;
    }
}
