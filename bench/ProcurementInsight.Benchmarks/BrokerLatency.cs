using System.Diagnostics;
using System.Globalization;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// Match latency at a national scale of suppliers: builds N synthetic supplier profiles from the simulator's
/// vocabulary (1–60 contracts each, long-tailed; Finnish texts, a third also Swedish or English; real CPV codes
/// and NUTS regions), indexes them, and times needs through <see cref="SupplierIndex.Match"/> with full evidence,
/// as the API answers them. Targets: p99 ≤ 50 ms at 50,000 suppliers and ≤ 100 ms at 200,000.
/// </summary>
public static class BrokerLatency
{
    private static readonly string[] Regions = ["FI1B1", "FI197", "FI1C1", "FI1D9", "FI193", "FI1C3", "FI1D2", "FI196", "FI1C4", "FI1D3", "FI1C5", "FI1C2", "FI195", "FI194", "FI1D7", "FI1D1", "FI1D5", "FI1D8", "FI200"];

    public static int Run(TextWriter output, IReadOnlyList<int> sizes, int queries)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("suppliers  contracts   build    memory (managed / working set)   p50 ms   p95 ms   p99 ms   target");
        var met = true;
        foreach (var size in sizes)
        {
            var profiles = Profiles(size, seed: 42);
            var contracts = profiles.Sum(p => p.Contracts.Count);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var started = Stopwatch.GetTimestamp();
            using var index = SupplierIndex.Build(profiles, new InnovationPotentialScorer(new InnovationPotentialWeights()), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var build = Stopwatch.GetElapsedTime(started);
            var managed = GC.GetTotalMemory(forceFullCollection: true) - before;
            var workingSet = Process.GetCurrentProcess().WorkingSet64;

            var random = new Random(7);
            var weights = new MatchWeights();
            for (var i = 0; i < 50; i++)
            {
                index.Match(Need(random), weights); // warm-up
            }

            var latencies = new List<double>(queries);
            for (var i = 0; i < queries; i++)
            {
                var query = Need(random);
                var t = Stopwatch.GetTimestamp();
                index.Match(query, weights);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            latencies.Sort();
            var p99 = BrokerBacktest.Percentile(latencies, 0.99);
            var target = size <= 50_000 ? 50 : 100;
            met &= p99 <= target;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9:N0}  {contracts,9:N0}  {build.TotalSeconds,5:F1} s  {managed / 1048576.0,8:F0} MiB / {workingSet / 1048576.0,6:F0} MiB           {BrokerBacktest.Percentile(latencies, 0.5),6:F1}   {BrokerBacktest.Percentile(latencies, 0.95),6:F1}   {p99,6:F1}   ≤ {target} ms {(p99 <= target ? "OK" : "ABOVE")}"));
        }

        return met ? 0 : 1;
    }

    internal static MatchQuery Need(Random random)
    {
        var division = TextCatalog.Divisions[random.Next(TextCatalog.Divisions.Count)];
        var obj = division.Objects[random.Next(division.Objects.Count)];
        var text = obj.Fi + ". " + TextCatalog.BodyFi[random.Next(TextCatalog.BodyFi.Count)] + " " + TextCatalog.InnovationFi[random.Next(TextCatalog.InnovationFi.Count)];
        return new MatchQuery(text, random.NextDouble() < 0.7 ? obj.Cpv : null, random.NextDouble() < 0.6 ? Regions[random.Next(Regions.Length)] : null, 10);
    }

    internal static List<SupplierProfile> Profiles(int count, int seed)
    {
        var random = new Random(seed);
        var profiles = new List<SupplierProfile>(count);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var division = TextCatalog.Divisions[random.Next(TextCatalog.Divisions.Count)];
            var home = Regions[random.Next(Regions.Length)];
            var wins = Math.Min(60, (int)(1 / Math.Pow(1 - random.NextDouble(), 0.8)));
            var contracts = new List<WonContract>(wins);
            var fi = new HashSet<string>(StringComparer.Ordinal);
            var other = new HashSet<string>(StringComparer.Ordinal);
            var english = random.NextDouble() < 0.33;
            for (var c = 0; c < wins; c++)
            {
                var obj = division.Objects[random.Next(division.Objects.Count)];
                var region = random.NextDouble() < 0.7 ? home : Regions[random.Next(Regions.Length)];
                var innovative = random.NextDouble() < 0.1;
                contracts.Add(new WonContract(
                    string.Create(CultureInfo.InvariantCulture, $"EF-{i}-{c}"), "LOT-0001", obj.Fi, obj.Cpv, "Ostaja " + region, null, region,
                    1000m * random.Next(10, 2000), start.AddDays(random.Next(0, 1095)), innovative && random.NextDouble() < 0.3, innovative, false, false));
                fi.Add(obj.Fi);
                fi.Add(TextCatalog.BodyFi[random.Next(TextCatalog.BodyFi.Count)]);
                if (innovative)
                {
                    fi.Add(TextCatalog.InnovationFi[random.Next(TextCatalog.InnovationFi.Count)]);
                }

                other.Add(english ? obj.En : obj.Sv);
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["FIN"] = string.Join(". ", fi) };
            if (random.NextDouble() < 0.33)
            {
                texts[english ? "ENG" : "SWE"] = string.Join(". ", other);
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{i:D7}");
            profiles.Add(new SupplierProfile(id, null, "Toimittaja " + id, SupplierIdentification.BusinessId, [.. contracts.OrderByDescending(c => c.AwardedOn)], texts, null));
        }

        return profiles;
    }
}
