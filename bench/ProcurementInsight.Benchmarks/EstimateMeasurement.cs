using System.Diagnostics;
using System.Globalization;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Ml;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// The share estimate against the simulator's hidden truth (bias and interval coverage of CC, ACC and PACC
/// over true shares and seeds), and its speed (training, scoring, bootstrap, peak memory).
/// </summary>
internal static class EstimateMeasurement
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private sealed record Year(SimulatedCorpus Corpus, IReadOnlyList<ProcurementUnit> Units, IReadOnlyList<SurveyOutcome> Outcomes);

    private static Year Simulate(int seed, int notices, double share)
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = seed, NoticesPerYear = notices, NewToMarketShare = share, CorrectedShare = 0 });
        var units = ProcurementUnits.From(SimulatedNotices.Parse(corpus)).Where(u => u.Year == 2025).ToList();
        var outcomes = SimulatedSurvey.Run(corpus, units.Select(u => u.Key), new SimulatedSurveyOptions { Seed = seed + 1 });
        return new Year(corpus, units, outcomes);
    }

    /// <summary><c>estimate-speed</c>: training on N simulated notices, scoring throughput, 1,000 bootstrap replicates, peak memory.</summary>
    public static int Speed(TextWriter output, int notices)
    {
        var watch = Stopwatch.StartNew();
        var year = Simulate(4242, notices, 0.05);
        var simulated = watch.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{notices} simulated notices → {year.Units.Count} procurements of 2025, {year.Outcomes.Count(o => o.Label is not null)} survey answers; simulated and parsed in {simulated.TotalSeconds:0.0} s"));

        var options = new MlOptions();
        watch.Restart();
        var (artifact, card) = new ClassifierTrainer(options).Train(year.Units, year.Outcomes, Now);
        var training = watch.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training, three definitions ({string.Join(", ", card.Definitions.Select(d => d.Definition + ": " + d.Trainer + " of " + string.Join("/", d.Candidates.Select(c => c.Trainer))))}): {training.TotalSeconds:0.0} s (target < 120 s)"));

        var classifier = new InnovationClassifier(artifact, options.Seed);
        classifier.Score(year.Units.Take(100).ToList(), ShareDefinition.Market, useOutOfFold: false); // warm-up
        watch.Restart();
        var probabilities = classifier.Score(year.Units, ShareDefinition.Market, useOutOfFold: false);
        var scoring = watch.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scoring {probabilities.Length} procurements: {scoring.TotalSeconds:0.00} s = {probabilities.Length / scoring.TotalSeconds:0} /s (target > 5,000 /s)"));

        var calibration = classifier.Calibration(ShareDefinition.Market);
        var euros = EuroImputation.Impute(year.Units);
        watch.Restart();
        var estimator = new ShareEstimator(
            new CalibrationSample([.. calibration.Select(c => c.Probability)], [.. calibration.Select(c => c.Label)], [.. calibration.Select(c => c.Weight)]),
            new ShareEstimatorOptions { Replicates = options.Replicates });
        estimator.Estimate(probabilities, euros.Euros, seed: 1);
        var yearOnly = watch.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Replicates} bootstrap replicates of the year's share ({year.Units.Count} procurements, {calibration.Count} labelled): {yearOnly.TotalSeconds:0.00} s (target < 10 s)"));

        watch.Restart();
        var estimate = ShareEstimateService.Estimate(classifier, year.Units, 2025, ShareDefinition.Market, options, Now).Estimate!; // the year has procurements
        var estimating = watch.Elapsed;
        var groups = estimate.Breakdowns.Quarter.Count + estimate.Breakdowns.Sector.Count + estimate.Breakdowns.CpvDivision.Count + estimate.Breakdowns.Nuts3.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"estimate of the year with {options.Replicates} bootstrap replicates (the year and {groups} breakdown groups, each with its own intervals): {estimating.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Environment.WorkingSet / 1048576} MiB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB peak"));
        return training.TotalSeconds < 120 && probabilities.Length / scoring.TotalSeconds > 5000 && yearOnly.TotalSeconds < 10 ? 0 : 1;
    }
}
