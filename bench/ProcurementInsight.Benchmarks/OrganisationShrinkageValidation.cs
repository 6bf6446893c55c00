using System.Diagnostics;
using System.Globalization;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Ml;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// <c>organisation-shrinkage SEEDS</c>: per-organisation shares against the simulator's hidden truth. For each seed a simulated
/// year is surveyed as the dispatcher plans it (<see cref="EstimateValidation.Plan"/>: flagged census, control sample, per-address
/// cap), simulated units answer (<see cref="SimulatedSurvey.Respond"/>), the classifier is trained on the answers as the service
/// trains it, and the service's own profile code (<see cref="OrganisationProfileService"/>) computes every organisation's
/// new-to-the-market share. Reported: the mean absolute error of the raw share Σp/n and of the estimate (its departure from the
/// classifier shrunk) against each organisation's true share over its own procurements, overall and for small organisations, how
/// often the 95 % intervals cover that realised share, the largest fitted τ, and how long building every profile took.
/// </summary>
internal static class OrganisationShrinkageValidation
{
    public static int Run(TextWriter output, string[] args)
    {
        var seeds = (args.Length > 0 ? args[0] : "20250101,7,42").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var notices = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 18_000;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Definition market; {notices} notices a year; control sample 1500; seeds {string.Join(", ", seeds)}."));
        output.WriteLine("seed | orgs (small) | MAE raw | MAE shrunk | small: MAE raw | small: MAE shrunk | coverage raw (Jeffreys) | coverage shrunk | small: coverage shrunk | mean shrunk width | largest τ");
        var watch = Stopwatch.StartNew();
        foreach (var seed in seeds)
        {
            var corpus = EstimateValidation.Simulate(seed, notices, 0.05, sectorRecall: false);
            var invitations = EstimateValidation.Plan(corpus, 1500);
            var respond = new SimulatedSurveyOptions { Seed = seed + 1 };
            var outcomes = new List<SurveyOutcome>();
            var records = new List<OrganisationSurveyRecord>();
            foreach (var invitation in invitations)
            {
                if (SimulatedSurvey.Respond(corpus.Simulated, invitation.NoticeKey, respond) is not { } outcome)
                {
                    continue;
                }

                outcomes.Add(outcome with { Design = invitation.Design });
                if (BusinessId.TryParse(invitation.BuyerIdentifier, out var id))
                {
                    records.Add(new OrganisationSurveyRecord(id.Value, invitation.NoticeKey, invitation.Design.Phase, outcome.Status == SurveyOutcomeStatus.NoContact, outcome.Status == SurveyOutcomeStatus.Answered ? outcome.Label : null, null));
                }
            }

            var options = new MlOptions { Seed = seed, Replicates = 100 };
            var (artifact, _) = new ClassifierTrainer(options).Train(corpus.Units, outcomes, EstimateValidation.Now, [ShareDefinition.Market]);
            var yearNotices = corpus.Notices.Where(n => (n.PublicationDate ?? n.IssueDate)?.Year == EstimateValidation.Year).ToList();
            var scoring = Stopwatch.StartNew();
            var probabilities = OrganisationProfileService.Score(yearNotices, new InnovationClassifier(artifact, seed));
            scoring.Stop();
            var building = Stopwatch.StartNew();
            var profiles = OrganisationProfileBuilder.Build(yearNotices, records, probabilities, seed);
            building.Stop();

            // Each organisation's true share over the same procurements the profile counts.
            var truth = new Dictionary<string, (int Innovative, int All)>(StringComparer.Ordinal);
            foreach (var unit in ProcurementUnits.From(yearNotices))
            {
                var innovative = corpus.Simulated.Truth(unit.Key).NewToMarket;
                foreach (var id in unit.Notice.Buyers.Where(b => b.Identifier?.BusinessId is not null).Select(b => b.Identifier!.Value).Distinct(StringComparer.Ordinal))
                {
                    var (i, a) = truth.GetValueOrDefault(id);
                    truth[id] = (i + (innovative ? 1 : 0), a + 1);
                }
            }

            var rows = profiles.Select(p =>
            {
                var share = p.Share(ShareDefinition.Market);
                var (i, a) = truth[p.BusinessId];
                return (p.SizeBand, True: i / (double)a, Raw: share.Raw!, share.Shrunk); // Every profiled organisation has procurements.
            }).ToList();
            var small = rows.Where(r => r.SizeBand == "small").ToList();
            var spread = profiles.Select(p => p.Share(ShareDefinition.Market).Effect.Spread).Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed} | {rows.Count} ({small.Count}) | {rows.Average(r => Math.Abs(r.Raw.Estimate - r.True)):0.0000} | {rows.Average(r => Math.Abs(r.Shrunk.Estimate - r.True)):0.0000} | {small.Average(r => Math.Abs(r.Raw.Estimate - r.True)):0.0000} | {small.Average(r => Math.Abs(r.Shrunk.Estimate - r.True)):0.0000} | {rows.Average(r => r.Raw.Covers(r.True) ? 1.0 : 0):0.000} | {rows.Average(r => r.Shrunk.Covers(r.True) ? 1.0 : 0):0.000} | {small.Average(r => r.Shrunk.Covers(r.True) ? 1.0 : 0):0.000} | {rows.Average(r => r.Shrunk.Width):0.000} | {spread:0.000}; scored in {scoring.Elapsed.TotalSeconds:0.0} s, profiles built in {building.Elapsed.TotalSeconds:0.0} s; {watch.Elapsed.TotalMinutes:0.0} min"));
        }

        return 0;
    }
}
