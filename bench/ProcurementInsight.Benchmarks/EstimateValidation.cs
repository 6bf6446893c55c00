using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Ml;
using ProcurementInsight.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// <c>estimate-validate</c>: the share estimate under the survey the service really runs, against the simulator's
/// hidden truth. For each corpus (seed × true share × self-report recall) the survey is planned notice by notice in
/// publication order by the dispatcher's own <see cref="SurveySampler"/> (flagged census, stratified control sample
/// drawn with the <see cref="ControlAllocator"/>'s rates, per-address cap), simulated respondents answer with the
/// scenario's response model (<see cref="SimulatedSurvey.Respond"/>, the same the end-to-end responders use), and the
/// service's estimators read the outcomes: the design-based estimate on every response replica, the model-based one
/// (the product's trainer choice, FastTree up to 20,000 rows) on the first replica of the first seeds.
/// </summary>
internal static class EstimateValidation
{
    internal const int Year = 2025;
    internal static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private sealed record Scenario(string Name, string Description, bool SectorRecall, SimulatedSurveyOptions Survey, int? TargetAnswers);

    private static readonly Scenario[] All =
    [
        new("baseline", "response rates as KEINO's surveys (state 45 %, municipal 32 %, other 22 %, ±10 points by size)", false, new SimulatedSurveyOptions(), null),
        new("response-half", "every response rate halved", false, new SimulatedSurveyOptions { ResponseScale = 0.5 }, null),
        new("informative", "response rates halved, and innovative procurements twice as likely to answer", false, new SimulatedSurveyOptions { ResponseScale = 0.5, InnovativeResponseFactor = 2 }, null),
        new("sector-recall", "buyers' own HILMA answers recall innovation 95 % (state), 75 % (municipal), 40 % (other)", true, new SimulatedSurveyOptions(), null),
        new("answers-300", "about 300 answers a year, as KEINO got (response rates scaled down)", false, new SimulatedSurveyOptions(), 300),
        new("no-answers", "nobody answers: the estimate must say only the self-reported share is known, without an interval", false, new SimulatedSurveyOptions { ResponseScale = 0 }, null),
    ];

    internal sealed record Invitation(string NoticeKey, SurveyDesignPoint Design, string? BuyerIdentifier = null);

    internal sealed record Corpus(SimulatedCorpus Simulated, IReadOnlyList<ProcurementUnit> Units, IReadOnlyList<Notice> Notices, double[] Euros, bool[] Truth);

    private sealed record Row(string Scenario, double Share, int Seed, int Replica, string Method, double TruthCount, double TruthEuros, ShareInterval? Count, ShareInterval? Euros, int Answers, int ControlAnswers, int Control);

    public static int Run(TextWriter output, string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var scenarios = Arg("--scenarios", string.Join(',', All.Select(s => s.Name))).Split(',').Select(n => All.First(s => s.Name == n)).ToList();
        var shares = Arg("--shares", "0.02,0.05,0.10,0.20").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var seedBase = int.Parse(Arg("--seed-base", "1000"), CultureInfo.InvariantCulture);
        var seeds = int.Parse(Arg("--seeds", "3"), CultureInfo.InvariantCulture);
        var replicas = int.Parse(Arg("--replicas", "5"), CultureInfo.InvariantCulture);
        var notices = int.Parse(Arg("--notices", "18000"), CultureInfo.InvariantCulture);
        var controls = Arg("--control", "1500").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var modelSeeds = int.Parse(Arg("--model-seeds", "0"), CultureInfo.InvariantCulture);
        var replicates = int.Parse(Arg("--replicates", "1000"), CultureInfo.InvariantCulture);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Definition market (the target's); {notices} notices a year; true shares {string.Join(", ", shares)}; corpus seeds {seedBase}+; {replicas} response replicas each; control sample sizes {string.Join(", ", controls)}; {replicates} bootstrap replicates; model-based on the first replica of {modelSeeds} seed(s)."));
        var rows = new List<Row>();
        var watch = Stopwatch.StartNew();
        foreach (var sectorRecall in scenarios.Select(s => s.SectorRecall).Distinct())
        {
            foreach (var share in shares)
            {
                for (var s = 0; s < seeds; s++)
                {
                    var seed = seedBase + (s * 7919) + (int)(share * 1000);
                    var corpus = Simulate(seed, notices, share, sectorRecall);
                    var truthCount = corpus.Truth.Count(t => t) / (double)corpus.Units.Count;
                    var truthEuros = Enumerable.Range(0, corpus.Units.Count).Where(i => corpus.Truth[i]).Sum(i => corpus.Euros[i]) / corpus.Euros.Sum();
                    foreach (var control in controls)
                    {
                        var invitations = Plan(corpus, control);
                        foreach (var scenario in scenarios.Where(x => x.SectorRecall == sectorRecall))
                        {
                            var survey = scenario.Survey;
                            if (scenario.TargetAnswers is { } target)
                            {
                                var atFull = Respond(corpus, invitations, survey with { Seed = seed }).Count(o => o.Status == SurveyOutcomeStatus.Answered);
                                survey = survey with { ResponseScale = Math.Min(1, (double)target / Math.Max(1, atFull)) };
                            }

                            for (var r = 0; r < replicas; r++)
                            {
                                var outcomes = Respond(corpus, invitations, survey with { Seed = seed + (r * 104729) + 1 });
                                var placed = SurveyRespondents.Place(corpus.Units, outcomes);
                                var answers = SurveyRespondents.Answers(placed, ShareDefinition.Market);
                                var control0 = answers.Count(a => a.Phase == SurveyPhase.Control);
                                if (answers.Count > 0)
                                {
                                    var design = new DesignBasedEstimator(corpus.Units, corpus.Euros, answers, replicates, seed ^ r);
                                    var overall = design.Overall();
                                    rows.Add(new Row(scenario.Name, share, seed, r, "design", truthCount, truthEuros, overall?.Count, overall?.Euros, answers.Count, control0, control));
                                }
                                else
                                {
                                    rows.Add(new Row(scenario.Name, share, seed, r, "design", truthCount, truthEuros, null, null, 0, 0, control));
                                }

                                if (r == 0 && s < modelSeeds)
                                {
                                    var options = new MlOptions { Seed = seed, Replicates = replicates };
                                    var (artifact, _) = new ClassifierTrainer(options).Train(corpus.Units, outcomes, Now, [ShareDefinition.Market]);
                                    var estimate = ShareEstimateService.Estimate(new InnovationClassifier(artifact, seed), corpus.Units, Year, ShareDefinition.Market, options, Now, corpus.Units, outcomes).Estimate!; // The year has procurements.
                                    var model = estimate.ModelBased!;
                                    rows.Add(new Row(scenario.Name, share, seed, r, model.LabelSource == "survey" ? "model" : "model (self-report)", truthCount, truthEuros, model.CountShare, model.EuroShare, answers.Count, control0, control));
                                    rows.Add(new Row(scenario.Name, share, seed, r, "headline:" + estimate.Headline, truthCount, truthEuros, estimate.CountShare, estimate.EuroShare, answers.Count, control0, control));
                                }
                            }
                        }
                    }

                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  corpus seed {seed}, share {share:0.00}{(sectorRecall ? ", sector recall" : string.Empty)}: truth {truthCount:0.000} by count, {truthEuros:0.000} by euros; {watch.Elapsed.TotalMinutes:0.0} min"));
                }
            }
        }

        return Report(output, rows, scenarios, controls);
    }

    internal static Corpus Simulate(int seed, int notices, double share, bool sectorRecall)
    {
        var options = new SimulatorCorpusOptions
        {
            Seed = seed,
            NoticesPerYear = notices,
            NewToMarketShare = share,
            SelfReportRecallState = sectorRecall ? 0.95 : null,
            SelfReportRecallMunicipal = sectorRecall ? 0.75 : null,
            SelfReportRecallOther = sectorRecall ? 0.4 : null,
        };
        var simulated = new SimulatedCorpus(options);
        var parsed = SimulatedNotices.Parse(simulated);
        var units = ProcurementUnits.From(parsed).Where(u => u.Year == Year).ToList();
        var euros = EuroImputation.Impute(units).Euros;
        var truth = units.Select(u => simulated.Truth(u.Key).NewToMarket).ToArray();
        return new Corpus(simulated, units, parsed, [.. euros], truth);
    }

    /// <summary>The survey as the dispatcher plans it: every notice in publication order through the service's sampler, each draw recorded once per procedure, ranks counted per address and quarter.</summary>
    internal static List<Invitation> Plan(Corpus corpus, int controlSize)
    {
        var options = Options.Create(new SurveyOptions());
        options.Value.ControlSample.AnnualSize = controlSize;
        var planner = new InvitationPlanner(options);
        var sampler = new SurveySampler(options);
        var flagged = corpus.Notices.Where(planner.Triggers).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var control = options.Value.ControlSample;
        var allocation = ControlAllocator.Allocate(Year, ControlAllocator.ReferenceYear(Year, corpus.Units), corpus.Units, u => u.NoticeKeys.Any(flagged.Contains), controlSize, control.PriorShare, control.MinimumRate);
        var draws = new Dictionary<string, SurveyDraw>(StringComparer.Ordinal);
        var ranks = new Dictionary<SurveyCapSlot, int>();
        var invitations = new Dictionary<string, Invitation>(StringComparer.Ordinal);
        foreach (var notice in corpus.Notices.OrderBy(n => n.PublicationDate ?? n.IssueDate).ThenBy(n => n.Key, StringComparer.Ordinal))
        {
            var facts = SurveyNoticeFacts.From(notice);
            var procedure = InvitationPlanner.ProcedureOf(notice.Key, facts);
            var decision = sampler.Decide(notice.Key, facts, allocation, draws.GetValueOrDefault(procedure), slot =>
            {
                var key = slot with { Procedure = string.Empty };
                ranks[key] = ranks.GetValueOrDefault(key) + 1;
                return ranks[key];
            });
            if (decision.Draw is not { } draw)
            {
                continue;
            }

            var buyers = new Dictionary<string, SurveyBuyerDraw>(draw.Buyers, StringComparer.Ordinal);
            foreach (var buyer in decision.Buyers)
            {
                if (buyer.Record is { } record)
                {
                    buyers[buyer.InvitationId] = record;
                }

                if (buyer.Design is { } design && !invitations.ContainsKey(buyer.InvitationId))
                {
                    invitations[buyer.InvitationId] = new Invitation(notice.Key, design, buyer.Buyer.Identifier);
                }
            }

            draws[procedure] = draw with { Buyers = buyers };
        }

        return [.. invitations.Values];
    }

    internal static List<SurveyOutcome> Respond(Corpus corpus, List<Invitation> invitations, SimulatedSurveyOptions options) =>
        [.. invitations.Select(i => SimulatedSurvey.Respond(corpus.Simulated, i.NoticeKey, options) is { } outcome ? outcome with { Design = i.Design } : null).OfType<SurveyOutcome>()];

    private static int Report(TextWriter output, List<Row> rows, List<Scenario> scenarios, int[] controls)
    {
        var failed = false;
        foreach (var control in controls)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Control sample {control} a year. Targets: |bias| ≤ 1 pp and 95 % coverage ≥ 90 %, by count and by euros."));
            output.WriteLine("scenario        method               share  runs  answers (control)  bias count  bias euros  |err| count  coverage count  coverage euros  mean width  no interval");
            foreach (var scenario in scenarios)
            {
                foreach (var method in rows.Where(r => r.Scenario == scenario.Name && r.Control == control).Select(r => r.Method).Distinct())
                {
                    var all = rows.Where(r => r.Scenario == scenario.Name && r.Control == control && r.Method == method).ToList();
                    foreach (var group in all.GroupBy(r => r.Share).Select(g => (Label: g.Key.ToString("0.00", CultureInfo.InvariantCulture), Rows: g.ToList())).Append((Label: "all", Rows: all)))
                    {
                        var withEstimate = group.Rows.Where(r => r.Count is not null).ToList();
                        var withInterval = group.Rows.Where(r => r.Count is { HasInterval: true }).ToList();
                        var biasCount = withEstimate.Count == 0 ? double.NaN : withEstimate.Average(r => r.Count!.Estimate - r.TruthCount) * 100;
                        var biasEuros = withEstimate.Count == 0 ? double.NaN : withEstimate.Average(r => r.Euros!.Estimate - r.TruthEuros) * 100;
                        var errCount = withEstimate.Count == 0 ? double.NaN : withEstimate.Average(r => Math.Abs(r.Count!.Estimate - r.TruthCount)) * 100;
                        var coverCount = withInterval.Count == 0 ? double.NaN : withInterval.Count(r => r.Count!.Covers(r.TruthCount)) / (double)withInterval.Count;
                        var coverEuros = withInterval.Count == 0 ? double.NaN : withInterval.Count(r => r.Euros!.Covers(r.TruthEuros)) / (double)withInterval.Count;
                        var width = withInterval.Count == 0 ? double.NaN : withInterval.Average(r => r.Count!.CiHigh!.Value - r.Count.CiLow!.Value) * 100;
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{scenario.Name,-15} {method,-20} {group.Label,5}  {group.Rows.Count,4}  {group.Rows.Average(r => r.Answers),7:0} ({group.Rows.Average(r => r.ControlAnswers),4:0})  {biasCount,10:+0.00;-0.00}  {biasEuros,10:+0.00;-0.00}  {errCount,11:0.00}  {Pct(coverCount),14}  {Pct(coverEuros),14}  {width,10:0.00}  {group.Rows.Count - withInterval.Count,11}"));
                    }
                }
            }

            output.WriteLine();
            output.WriteLine("verdict (design-based, per scenario, worst share): ");
            foreach (var scenario in scenarios.Where(s => s.Name != "no-answers"))
            {
                var design = rows.Where(r => r.Scenario == scenario.Name && r.Control == control && r.Method == "design").ToList();
                var worstCount = design.GroupBy(r => r.Share).Max(g => g.Any(r => r.Count is null) ? double.PositiveInfinity : Math.Abs(g.Average(r => r.Count!.Estimate - r.TruthCount)));
                var worstEuros = design.GroupBy(r => r.Share).Max(g => g.Any(r => r.Euros is null) ? double.PositiveInfinity : Math.Abs(g.Average(r => r.Euros!.Estimate - r.TruthEuros)));
                var coverage = design.Count(r => r.Count?.Covers(r.TruthCount) == true) / (double)design.Count;
                var coverageEuros = design.Count(r => r.Euros?.Covers(r.TruthEuros) == true) / (double)design.Count;
                var met = worstCount <= 0.01 && worstEuros <= 0.01 && coverage >= 0.9 && coverageEuros >= 0.9;
                failed |= !met;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {scenario.Name,-15} worst |bias| {worstCount * 100:0.00} pp count, {worstEuros * 100:0.00} pp euros; coverage {Pct(coverage)} count, {Pct(coverageEuros)} euros: {(met ? "met" : "NOT met")}"));
            }

            if (scenarios.Any(s => s.Name == "no-answers"))
            {
                var none = rows.Where(r => r.Scenario == "no-answers" && r.Control == control).ToList();
                var honest = none.All(r => r.Method == "design" ? r.Count is null : r.Method.StartsWith("model", StringComparison.Ordinal) || r.Count is { HasInterval: false });
                failed |= !honest;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  no-answers      {none.Count} runs: {(honest ? "no interval was shown as if it were the share (headline self-report only)" : "an interval was shown without answers")}"));
            }
        }

        return failed ? 1 : 0;
    }

    private static string Pct(double value) => double.IsNaN(value) ? "–" : value.ToString("0 %", CultureInfo.InvariantCulture);
}
