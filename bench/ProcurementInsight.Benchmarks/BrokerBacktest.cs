using System.Diagnostics;
using System.Globalization;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// Backtest of the matcher on result notices ordered by time: profiles are built from the awards before each
/// month after a cutoff; each award of that month becomes a need (its lot's title and the notice's title and description, its CPV
/// code and its buyer's NUTS region) and we check whether its real winner is in the top 1/5/10 (hit rate,
/// MRR@10), against the baseline "largest winners in that CPV" (total value won in the same code before that
/// month, filled from the same category, group and division).
/// </summary>
public static class BrokerBacktest
{
    private static readonly int[] Ks = [1, 5, 10];

    public static int Run(TextWriter output, int seed, int maxNeeds, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var started = Stopwatch.GetTimestamp();
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = seed, From = new DateOnly(2024, 1, 1), To = new DateOnly(2025, 12, 31) });
        var notices = ResultNotices(corpus);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Simulated HILMA 2024–2025 (seed {seed}): {corpus.Count} notices, {notices.Count} result notices with winners, read in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
        var cutoff = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var result = Evaluate(notices, cutoff, maxNeeds, output, weights);
        Oracle(corpus, notices.Where(n => n.PublicationDate >= cutoff).ToList(), output);
        var target = result.Hits[2] >= 0.35 && result.Hits[2] >= 3 * result.BaselineHits[2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Target top-10 ≥ 0.35 and ≥ 3 × baseline: {(target ? "met" : "NOT met")}"));

        var real = RealFixtures();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Real result notices among the fixtures: {real.Count} with winners ({real.Sum(n => n.Winners.Count)} awards)."));
        if (real.Count >= 2)
        {
            var ordered = real.OrderBy(n => n.PublicationDate).ToList();
            Evaluate(ordered, ordered[ordered.Count / 2].PublicationDate!.Value, maxNeeds, output, weights);
        }

        return target ? 0 : 1;
    }

    /// <summary>The corpus's parsed result notices with winners, each dated by its publication.</summary>
    internal static List<Notice> ResultNotices(SimulatedCorpus corpus)
    {
        var parser = new EFormsNoticeParser();
        var notices = new List<Notice>();
        foreach (var entry in corpus.Entries)
        {
            if (!entry.Type.HasResult || entry.IsLegacy || entry.IsMalformed)
            {
                continue;
            }

            var parsed = parser.Parse(corpus.EFormBytes(entry));
            if (parsed.IsSuccess && parsed.Notice.Winners.Count > 0)
            {
                notices.Add(parsed.Notice with { HilmaId = entry.Key, PublicationDate = entry.DatePublished });
            }
        }

        return notices;
    }

    internal static (double[] Hits, double[] BaselineHits) Evaluate(IReadOnlyList<Notice> notices, DateTimeOffset cutoff, int maxNeeds, TextWriter output, MatchWeights? matchWeights)
    {
        var heldOut = notices.Where(n => n.PublicationDate >= cutoff).OrderBy(n => n.PublicationDate).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
        var options = new BrokerOptions();
        var heldOutProfiles = new SupplierProfileBuilder(options.MaxContractsPerProfile, options.MaxTextCharsPerLanguage).Build(heldOut, new HashSet<string>());
        var byKey = heldOut.ToDictionary(n => n.Key, StringComparer.Ordinal);
        var needs = new List<(Notice Notice, Lot? Lot, string WinnerKey)>();
        foreach (var profile in heldOutProfiles)
        {
            foreach (var contract in profile.Contracts)
            {
                var notice = byKey[contract.NoticeKey];
                needs.Add((notice, notice.Lots.FirstOrDefault(l => l.LotId == contract.LotId), profile.Key));
            }
        }

        needs = [.. needs.OrderBy(n => n.Notice.PublicationDate).ThenBy(n => n.Notice.Key, StringComparer.Ordinal).ThenBy(n => n.Lot?.LotId, StringComparer.Ordinal)];
        var step = Math.Max(1, needs.Count / Math.Max(1, maxNeeds));
        needs = [.. needs.Where((_, i) => i % step == 0).Take(maxNeeds)];

        var hits = new int[Ks.Length];
        var baseHits = new int[Ks.Length];
        double mrr = 0, baseMrr = 0;
        var seen = 0;
        var small = 0.0;
        var latencies = new List<double>(needs.Count);
        var weights = matchWeights ?? options.Match;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Weights: text {weights.Text}, cpv {weights.Cpv}, region {weights.Region}, innovation {weights.Innovation}, track record {weights.TrackRecord}"));

        // The deployed app rebuilds profiles every night; here they are rebuilt at the start of each month of the
        // held-out period from everything published before it, so each need sees at most a month less than it would.
        foreach (var month in needs.GroupBy(n => new DateTimeOffset(n.Notice.PublicationDate!.Value.Year, n.Notice.PublicationDate.Value.Month, 1, 0, 0, 0, TimeSpan.Zero)).OrderBy(g => g.Key))
        {
            var asOf = month.Key > cutoff ? month.Key : cutoff;
            var training = notices.Where(n => n.PublicationDate < asOf).ToList();
            var build = Stopwatch.GetTimestamp();
            var profiles = new SupplierProfileBuilder(options.MaxContractsPerProfile, options.MaxTextCharsPerLanguage).Build(training, new HashSet<string>());
            using var index = SupplierIndex.Build(profiles, new InnovationPotentialScorer(options.InnovationPotential), asOf);
            var buildSeconds = Stopwatch.GetElapsedTime(build).TotalSeconds;
            var known = profiles.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var baseline = new Baseline(profiles);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as of {asOf:yyyy-MM-dd}: {training.Count} result notices → {profiles.Count} supplier profiles (profiles + index built in {buildSeconds:F1} s); {month.Count()} needs"));
            foreach (var (notice, lot, winner) in month)
            {
                var languages = notice.Languages.Concat(["FIN", "SWE", "ENG"]).ToArray();
                var text = string.Join(". ", new[] { lot?.Title.Best(languages), notice.Title.Best(languages), lot?.Description.Best(languages), notice.Description.Best(languages) }.OfType<string>().Distinct(StringComparer.Ordinal));
                var title = lot?.Title.Best(languages) ?? notice.Title.Best(languages);
                var cpv = (lot?.MainCpv ?? notice.MainCpv)?.Value;
                var region = notice.Buyers.Count > 0 ? notice.Buyers[0].NutsCode : null;
                var started = Stopwatch.GetTimestamp();
                var result = index.Match(new MatchQuery(text, cpv, region, 10) { Title = title }, weights);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                small += result.SmallOrFirstTimeShare;
                var rank = result.Matches.FirstOrDefault(m => m.Key == winner)?.Rank ?? 0;
                var baseRank = baseline.Rank(cpv, winner, 10);
                seen += known.Contains(winner) ? 1 : 0;
                for (var k = 0; k < Ks.Length; k++)
                {
                    hits[k] += rank is > 0 && rank <= Ks[k] ? 1 : 0;
                    baseHits[k] += baseRank is > 0 && baseRank <= Ks[k] ? 1 : 0;
                }

                mrr += rank > 0 ? 1.0 / rank : 0;
                baseMrr += baseRank > 0 ? 1.0 / baseRank : 0;
            }
        }

        var n = Math.Max(1, needs.Count);
        latencies.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Held out from {cutoff:yyyy-MM-dd}: {needs.Count} awards as needs (winner seen before its month: {(double)seen / n:P1}, the ceiling of any ranking)."));
        output.WriteLine("                          top-1    top-5   top-10   MRR@10");
        var ours = hits.Select(h => (double)h / n).ToArray();
        var theirs = baseHits.Select(h => (double)h / n).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matcher                  {ours[0],6:F3}   {ours[1],6:F3}   {ours[2],6:F3}   {mrr / n,6:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest winners in CPV   {theirs[0],6:F3}   {theirs[1],6:F3}   {theirs[2],6:F3}   {baseMrr / n,6:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"top-10 ratio to baseline: {(theirs[2] > 0 ? (ours[2] / theirs[2]).ToString("F2", CultureInfo.InvariantCulture) + "×" : "n/a (baseline found none)")}; mean share of small or first-time suppliers in the top 10: {small / n:P1}; match p50 {Percentile(latencies, 0.5):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms"));
        return (ours, theirs);
    }

    /// <summary>
    /// The simulator's hidden truth: ranks each held-out award's division by the very weights the winner was drawn
    /// with. No ranking from data can beat this; it shows how predictable the simulated market is at all.
    /// </summary>
    private static void Oracle(SimulatedCorpus corpus, List<Notice> heldOut, TextWriter output)
    {
        int awards = 0, top1 = 0, top5 = 0, top10 = 0;
        foreach (var notice in heldOut)
        {
            if (notice.HilmaId is not { } key || !int.TryParse(key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !corpus.TryGetEntry(id, out var entry))
            {
                continue;
            }

            var simulated = corpus.Generate(entry);
            foreach (var lot in simulated.Lots)
            {
                var ranked = corpus.Population.AwardWeights(simulated.DivisionIndex, lot.ObjectIndex, simulated.Buyer.Nuts, simulated.Truth.TrulyInnovative)
                    .OrderByDescending(w => w.Weight).Select(w => w.Supplier).ToList();
                foreach (var award in lot.Awards)
                {
                    var rank = ranked.IndexOf(award.Supplier) + 1;
                    awards++;
                    top1 += rank == 1 ? 1 : 0;
                    top5 += rank is >= 1 and <= 5 ? 1 : 0;
                    top10 += rank is >= 1 and <= 10 ? 1 : 0;
                }
            }
        }

        var n = Math.Max(1, awards);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle (hidden weights)  {(double)top1 / n,6:F3}   {(double)top5 / n,6:F3}   {(double)top10 / n,6:F3}   over all {awards} held-out awards: the ceiling of any ranking"));
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static List<Notice> RealFixtures()
    {
        var parser = new EFormsNoticeParser();
        var notices = new List<Notice>();
        // Only ted-published/ holds real notices; the SDK folders hold examples.
        foreach (var folder in new[] { FixtureFiles.HilmaSample("ted-published") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var parsed = parser.Parse(File.ReadAllBytes(file));
                if (parsed.IsSuccess && parsed.Notice.Winners.Count > 0 && (parsed.Notice.PublicationDate ?? parsed.Notice.IssueDate) is { } date)
                {
                    notices.Add(parsed.Notice with { PublicationDate = date, HilmaId = parsed.Notice.HilmaId ?? Path.GetFileNameWithoutExtension(file) });
                }
            }
        }

        return notices;
    }

    /// <summary>"Largest winners in that CPV": suppliers by total value won in the code, then in its wider codes.</summary>
    internal sealed class Baseline
    {
        private readonly Dictionary<string, List<string>> _byPrefix = new(StringComparer.Ordinal);

        public Baseline(IReadOnlyList<Core.Broker.SupplierProfile> profiles)
        {
            var totals = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
            foreach (var profile in profiles)
            {
                foreach (var contract in profile.Contracts)
                {
                    if (contract.Cpv is not { } cpv)
                    {
                        continue;
                    }

                    foreach (var prefix in CpvProximity.IndexPrefixes(cpv))
                    {
                        if (!totals.TryGetValue(prefix, out var bySupplier))
                        {
                            bySupplier = new Dictionary<string, decimal>(StringComparer.Ordinal);
                            totals[prefix] = bySupplier;
                        }

                        // A contract without a published value still counts as a win: 1 euro.
                        bySupplier[profile.Key] = bySupplier.GetValueOrDefault(profile.Key) + (contract.Value ?? 1m);
                    }
                }
            }

            foreach (var (prefix, bySupplier) in totals)
            {
                _byPrefix[prefix] = [.. bySupplier.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(50).Select(s => s.Key)];
            }
        }

        public int Rank(string? cpv, string winner, int top)
        {
            if (cpv is null)
            {
                return 0;
            }

            var ranked = new List<string>(top);
            foreach (var prefix in CpvProximity.IndexPrefixes(cpv).Reverse())
            {
                foreach (var key in _byPrefix.GetValueOrDefault(prefix) ?? [])
                {
                    if (ranked.Count < top && !ranked.Contains(key, StringComparer.Ordinal))
                    {
                        ranked.Add(key);
                    }
                }
            }

            var index = ranked.IndexOf(winner);
            return index < 0 ? 0 : index + 1;
        }
    }
}
