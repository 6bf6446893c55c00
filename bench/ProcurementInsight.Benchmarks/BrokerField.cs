using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// First-time-winner recall@20 of the potential supplier field: on simulated HILMA 2024–2025, the field is built
/// at the start of each month from October 2025 (profiles from every earlier result notice, enriched from the
/// bundled register simulator over HTTP, the learned table and the register's companies of the winning lines, all
/// through <see cref="CompanyRegister"/> and <see cref="RegisterFieldBuilder"/> with default settings); each award
/// of the month won by a company without an earlier contract becomes a need (its lot's CPV code and the buyer's
/// NUTS region) and we check whether the winner is among the 20 potential suppliers shown. Beside it, the
/// ceiling: the same candidates ranked by the simulator's own newcomer draw (<see cref="FieldOracle"/>), and for
/// both the expected recall (the true probability mass of the 20 shown), which varies less than the hits.
/// </summary>
public static class BrokerField
{
    private const int Shown = 20;

    public static async Task<int> RunAsync(TextWriter output, IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(output);
        var recalls = new List<(double Ranker, double Oracle)>();
        foreach (var seed in seeds)
        {
            recalls.Add(await SeedAsync(output, seed));
        }

        var met = recalls.All(r => r.Ranker >= 0.25);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"First-time-winner recall@{Shown} by seed (ranker / oracle): {string.Join(", ", seeds.Zip(recalls, (s, r) => $"{s}: {r.Ranker:F3} / {r.Oracle:F3}"))}; target ≥ 0.25: {(met ? "met" : "NOT met")}"));
        return met ? 0 : 1;
    }

    private static async Task<(double Ranker, double Oracle)> SeedAsync(TextWriter output, int seed)
    {
        var started = Stopwatch.GetTimestamp();
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = seed, From = new DateOnly(2024, 1, 1), To = new DateOnly(2025, 12, 31) });
        var notices = BrokerBacktest.ResultNotices(corpus);
        await using var prh = await PrhSimulatorServer.StartAsync(corpus.Population, new PrhSimulatorOptions { Seed = seed }, CancellationToken.None);
        var clock = new BenchClock();
        await using var services = Services(prh.BaseAddress, clock);
        var register = services.GetRequiredService<CompanyRegister>();
        var builder = services.GetRequiredService<RegisterFieldBuilder>();
        var options = new BrokerOptions();
        var cutoff = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seed {seed}: {notices.Count} result notices with winners, read in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));

        var oracle = new FieldOracle(corpus.Population.Register);
        int needs = 0, hits = 0, inField = 0, calls = 0, oracleHits = 0;
        double mass = 0, oracleMass = 0;
        var latencies = new List<double>();
        for (var month = cutoff; month < new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); month = month.AddMonths(1))
        {
            clock.Now = month;
            var profiles = await ProfilesAsync(notices, month, register, options);
            var build = Stopwatch.GetTimestamp();
            var (snapshot, used) = await builder.BuildAsync(profiles, CancellationToken.None);
            calls += used;
            var ranker = new PotentialSupplierRanker(snapshot);
            var known = profiles.Where(p => p.BusinessId is not null).Select(p => p.BusinessId!).ToHashSet(StringComparer.Ordinal);
            var field = snapshot.Companies.Select(c => c.BusinessId).ToHashSet(StringComparer.Ordinal);
            var asOf = DateOnly.FromDateTime(month.UtcDateTime);
            var eligible = snapshot.Companies.Where(c => c.ContractsWon <= options.NewcomerMaxContracts && (c.RegisteredOn is not { } on || on <= asOf)).Select(c => c.BusinessId).ToHashSet(StringComparer.Ordinal);
            var monthNeeds = 0;
            foreach (var notice in notices.Where(n => n.PublicationDate >= month && n.PublicationDate < month.AddMonths(1)))
            {
                foreach (var winner in notice.Winners)
                {
                    if (winner.Identifier?.BusinessId is not { } winnerId || known.Contains(winnerId.Value))
                    {
                        continue;
                    }

                    var lot = notice.Lots.FirstOrDefault(l => l.LotId == winner.LotId);
                    var cpv = (lot?.MainCpv ?? notice.MainCpv)?.Value;
                    if (cpv is null)
                    {
                        continue;
                    }

                    var region = notice.Buyers.Count > 0 ? notice.Buyers[0].NutsCode : null;
                    var timer = Stopwatch.GetTimestamp();
                    var result = ranker.Rank([cpv], region, Shown, options.NewcomerMaxContracts);
                    latencies.Add(Stopwatch.GetElapsedTime(timer).TotalMilliseconds);
                    needs++;
                    monthNeeds++;
                    inField += field.Contains(winnerId.Value) ? 1 : 0;
                    hits += result.Suppliers.Any(s => s.BusinessId == winnerId.Value) ? 1 : 0;
                    if (region is not null && oracle.For(cpv, region, DateOnly.FromDateTime((notice.PublicationDate ?? month).UtcDateTime)) is { } draw)
                    {
                        mass += result.Suppliers.Sum(s => draw.Probability(s.BusinessId));
                        var (best, bestMass) = draw.Best(eligible.Contains, Shown);
                        oracleMass += bestMass;
                        oracleHits += best.Contains(winnerId.Value) ? 1 : 0;
                    }
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  as of {month:yyyy-MM-dd}: {profiles.Count} profiles, field of {snapshot.Companies.Count} companies in {snapshot.Lines.Count} lines ({snapshot.Wins.Count} learned cells, {ranker.FirstWinExamples} first-time winners learned from; built in {Stopwatch.GetElapsedTime(build).TotalSeconds:F1} s, {used} register calls); {monthNeeds} first-time-winner awards"));
        }

        latencies.Sort();
        var recall = (double)hits / Math.Max(1, needs);
        var oracleRecall = (double)oracleHits / Math.Max(1, needs);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  first-time-winner awards {needs}: winner in the field {(double)inField / Math.Max(1, needs):P1}; recall@{Shown} {recall:F3} ({hits}/{needs}), expected {mass / Math.Max(1, needs):F3}; oracle (the simulator's true draw weights) {oracleRecall:F3} ({oracleHits}/{needs}), expected {oracleMass / Math.Max(1, needs):F3}; ranking p50 {BrokerBacktest.Percentile(latencies, 0.5):F1} ms, p99 {BrokerBacktest.Percentile(latencies, 0.99):F1} ms; {calls} register calls for the field; {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        return (recall, oracleRecall);
    }

    /// <summary>
    /// The field as the service would hold it at <paramref name="asOf"/> for a seed's simulated HILMA 2024–2025, with
    /// the supplier profiles it was learned from (for <c>broker-answer</c>).
    /// </summary>
    internal static async Task<(IReadOnlyList<SupplierProfile> Profiles, RegisterFieldSnapshot Snapshot)> FieldAsync(int seed, DateTimeOffset asOf)
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = seed, From = new DateOnly(2024, 1, 1), To = new DateOnly(2025, 12, 31) });
        var notices = BrokerBacktest.ResultNotices(corpus);
        await using var prh = await PrhSimulatorServer.StartAsync(corpus.Population, new PrhSimulatorOptions { Seed = seed }, CancellationToken.None);
        await using var services = Services(prh.BaseAddress, new BenchClock { Now = asOf });
        var profiles = await ProfilesAsync(notices, asOf, services.GetRequiredService<CompanyRegister>(), new BrokerOptions());
        var (snapshot, _) = await services.GetRequiredService<RegisterFieldBuilder>().BuildAsync(profiles, CancellationToken.None);
        return (profiles, snapshot);
    }

    /// <summary>Supplier profiles from every result notice before <paramref name="asOf"/>, enriched from the register as the profile job does.</summary>
    private static async Task<List<SupplierProfile>> ProfilesAsync(List<ProcurementInsight.Core.Notices.Notice> notices, DateTimeOffset asOf, CompanyRegister register, BrokerOptions options)
    {
        var training = notices.Where(n => n.PublicationDate < asOf).ToList();
        var built = new SupplierProfileBuilder(options.MaxContractsPerProfile, options.MaxTextCharsPerLanguage).Build(training, new HashSet<string>());
        var profiles = new List<SupplierProfile>(built.Count);
        foreach (var profile in built)
        {
            var entry = profile.BusinessId is { } id && BusinessId.TryParse(id, out var businessId) ? (await register.GetAsync(businessId, CancellationToken.None)).Entry : null;
            profiles.Add(SupplierProfileBuilder.WithRegister(profile, entry));
        }

        return profiles;
    }

    private static ServiceProvider Services(Uri prh, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prh:BaseAddress"] = prh.ToString(),
            ["Prh:MinInterval"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddSingleton<ICompanyRegisterCache, MemoryRegisterCache>();
        services.AddSingleton<IRegisterFieldStore, MemoryFieldStore>();
        services.AddBroker(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class BenchClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class MemoryRegisterCache : ICompanyRegisterCache
    {
        private readonly Dictionary<string, CompanyRegisterEntry> _entries = new(StringComparer.Ordinal);

        public Task<CompanyRegisterEntry?> GetAsync(string businessId, CancellationToken cancellationToken) => Task.FromResult(_entries.GetValueOrDefault(businessId));

        public Task SaveAsync(CompanyRegisterEntry entry, CancellationToken cancellationToken)
        {
            _entries[entry.BusinessId] = entry;
            return Task.CompletedTask;
        }
    }

    internal sealed class MemoryFieldStore : IRegisterFieldStore
    {
        private RegisterFieldSnapshot? _snapshot;

        public Task<RegisterFieldSnapshot?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(_snapshot);

        public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult(_snapshot?.BuiltAt.ToString("O", CultureInfo.InvariantCulture));

        public Task SaveAsync(RegisterFieldSnapshot snapshot, CancellationToken cancellationToken)
        {
            _snapshot = snapshot;
            return Task.CompletedTask;
        }
    }
}
