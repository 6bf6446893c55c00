using System.Diagnostics;
using ProcurementInsight.Core.Estimation;
using Xunit.Abstractions;

namespace ProcurementInsight.Ml.Tests;

public sealed class ExperimentTests(ITestOutputHelper output)
{
    [Fact]
    public void Experiment()
    {
        var watch = Stopwatch.StartNew();
        var year = SimulatedYear.Create(11, 8000, 0.10);
        output.WriteLine($"sim {watch.Elapsed} units {year.Units.Count} outcomes {year.Outcomes.Count} answered {year.Outcomes.Count(o => o.Label is not null)}");
        watch.Restart();
        var options = new MlOptions();
        var (artifact, card) = new ClassifierTrainer(options).Train(year.Units, year.Outcomes, DateTimeOffset.UnixEpoch, [ShareDefinition.Market]);
        output.WriteLine($"train {watch.Elapsed}");
        output.WriteLine(System.Text.Encoding.UTF8.GetString(artifact.Files["card.json"].Span));
        watch.Restart();
        var classifier = new InnovationClassifier(artifact, 1);
        var result = ShareEstimateService.Estimate(classifier, year.Units, 2025, ShareDefinition.Market, options, DateTimeOffset.UnixEpoch);
        output.WriteLine($"estimate {watch.Elapsed}");
        output.WriteLine($"truth {year.TrueShare(ShareDefinition.Market)}");
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result.Estimate!.ByCount));
        Assert.Fail("x");
    }
}
