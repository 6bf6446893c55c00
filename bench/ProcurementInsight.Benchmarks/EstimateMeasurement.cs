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

    /// <summary><c>estimate-validate</c>: the sweep; returns 0 when PACC meets |bias| ≤ 1 pp and coverage ≥ 90 %.</summary>
    public static int Validate(TextWriter output, double[] shares, int seeds, int notices)
    {
        var options = new MlOptions { TreeTrainerMaxRows = 0 };
        var methods = new[] { QuantificationMethod.Cc, QuantificationMethod.Acc, QuantificationMethod.Pacc };
        var all = new List<(double Share, QuantificationMethod Method, double Error, bool Covered)>();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Definition market; {notices} notices a year; seeds {seeds}; trainers {string.Join(", ", ["sdca-logistic", "lbfgs-logistic"])}; {options.Replicates} bootstrap replicates."));
        output.WriteLine("setting  seed  truth    CC               ACC              PACC             survey answers");
        foreach (var share in shares)
        {
            for (var s = 0; s < seeds; s++)
            {
                var seed = 1000 + (s * 7919) + (int)(share * 1000);
                var year = Simulate(seed, notices, share);
                var truth = year.Units.Count(u => year.Corpus.Truth(u.Key).NewToMarket) / (double)year.Units.Count;
                var seeded = new MlOptions { TreeTrainerMaxRows = 0, Seed = seed };
                var (artifact, card) = new ClassifierTrainer(seeded).Train(year.Units, year.Outcomes, Now, [ShareDefinition.Market]);
                var classifier = new InnovationClassifier(artifact, seed);
                var estimate = ShareEstimateService.Estimate(classifier, year.Units, 2025, ShareDefinition.Market, seeded, Now).Estimate!; // the year has procurements
                var line = string.Create(CultureInfo.InvariantCulture, $"{share,7:0.00}  {seed,4}  {truth,6:0.000}");
                foreach (var method in methods)
                {
                    var interval = estimate.ByCount.Get(method);
                    all.Add((share, method, interval.Estimate - truth, interval.Covers(truth)));
                    line += string.Create(CultureInfo.InvariantCulture, $"  {interval.Estimate:0.000} [{interval.CiLow:0.000},{interval.CiHigh:0.000}]{(interval.Covers(truth) ? " " : "!")}");
                }

                output.WriteLine(line + string.Create(CultureInfo.InvariantCulture, $"  {card.Definitions[0].SurveyLabels}"));
            }
        }

        output.WriteLine();
        output.WriteLine("setting  method  bias (pp)  mean |error| (pp)  coverage of the 95 % interval");
        foreach (var group in all.GroupBy(a => (a.Share, a.Method)).Concat(all.GroupBy(a => (Share: -1.0, a.Method))))
        {
            var label = group.Key.Share < 0 ? "    all" : group.Key.Share.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(7);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}  {group.Key.Method,-6}  {group.Average(g => g.Error) * 100,8:+0.00;-0.00}  {group.Average(g => Math.Abs(g.Error)) * 100,17:0.00}  {group.Count(g => g.Covered)}/{group.Count()} = {group.Count(g => g.Covered) / (double)group.Count():0 %}"));
        }

        var pacc = all.Where(a => a.Method == QuantificationMethod.Pacc).ToList();
        var worstBias = pacc.GroupBy(a => a.Share).Max(g => Math.Abs(g.Average(a => a.Error)));
        var coverage = pacc.Count(a => a.Covered) / (double)pacc.Count;
        var met = worstBias <= 0.01 && coverage >= 0.90;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PACC (the method the report uses): worst |bias| over settings {worstBias * 100:0.00} pp (target ≤ 1), coverage {coverage:0 %} (target ≥ 90 %): {(met ? "met" : "NOT met")}."));
        return met ? 0 : 1;
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
