using ProcurementInsight.Core.Estimation;

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
}
