using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Broker;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// The whole answer a buyer gets (<c>GET needs/{id}/matches</c>): <see cref="NeedService.MatchesAsync"/> with the
/// established ranking over N synthetic supplier profiles (as <c>broker-latency</c> builds them) and the potential
/// supplier field of a seed's simulated register as the profile build leaves it on 2025-10-01 (about 138,500
/// companies), both held in memory by their providers as in the function app. Needs are stored in memory, so a
/// Table read is not in the figure. Target: p99 ≤ 50 ms at 50,000 suppliers.
/// </summary>
public static class BrokerAnswerLatency
{
    public static async Task<int> RunAsync(TextWriter output, int suppliers, int fieldSeed, int queries)
    {
        ArgumentNullException.ThrowIfNull(output);
        var started = Stopwatch.GetTimestamp();
        var (_, snapshot) = await BrokerField.FieldAsync(fieldSeed, new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Field of seed {fieldSeed}: {snapshot.Companies.Count:N0} companies in {snapshot.Lines.Count} lines, {snapshot.FirstWins?.Count ?? 0} first-time winners; built in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));

        var fieldStore = new BrokerField.MemoryFieldStore();
        await fieldStore.SaveAsync(snapshot, CancellationToken.None);
        var profiles = BrokerLatency.Profiles(suppliers, seed: 42);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<ISupplierProfileStore>(new MemoryProfileStore(profiles));
        services.AddSingleton<INeedStore, MemoryNeedStore>();
        services.AddSingleton<IRegisterFieldStore>(fieldStore);
        services.AddBroker(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        var needs = provider.GetRequiredService<NeedService>();

        var random = new Random(7);
        var ids = new List<string>(queries + 50);
        for (var i = 0; i < queries + 50; i++)
        {
            var query = BrokerLatency.Need(random);
            var split = query.Text.IndexOf(". ", StringComparison.Ordinal);
            var (title, description) = split > 0 ? (query.Text[..split], query.Text[(split + 2)..]) : (query.Text, query.Text);
            var submitted = await needs.SubmitAsync("Bench", new NeedRequest(title, description, query.Cpv, query.Region, null, null), CancellationToken.None);
            ids.Add(submitted.Need!.Id); // the generated needs are valid by construction: a failure here is a bench bug
        }

        var load = Stopwatch.GetTimestamp();
        var first = await needs.MatchesAsync(ids[0], null, CancellationToken.None); // builds the index and loads the field
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{suppliers:N0} suppliers ({profiles.Sum(p => p.Contracts.Count):N0} contracts) indexed and the field loaded in {Stopwatch.GetElapsedTime(load).TotalSeconds:F1} s; first answer: {first!.Matches.Count} established, {first.PotentialSuppliers?.Suppliers.Count ?? 0} potential"));
        foreach (var id in ids.Take(50))
        {
            await needs.MatchesAsync(id, null, CancellationToken.None); // warm-up
        }

        var latencies = new List<double>(queries);
        var withField = 0;
        foreach (var id in ids.Skip(50))
        {
            var t = Stopwatch.GetTimestamp();
            var answer = await needs.MatchesAsync(id, null, CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            withField += answer!.PotentialSuppliers?.Suppliers.Count > 0 ? 1 : 0;
        }

        latencies.Sort();
        var p99 = BrokerBacktest.Percentile(latencies, 0.99);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"whole answer, {queries} needs ({withField} with potential suppliers): p50 {BrokerBacktest.Percentile(latencies, 0.5):F1} ms, p95 {BrokerBacktest.Percentile(latencies, 0.95):F1} ms, p99 {p99:F1} ms, max {latencies[^1]:F1} ms; target p99 ≤ 50 ms: {(p99 <= 50 ? "met" : "NOT met")}"));
        return p99 <= 50 ? 0 : 1;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class MemoryProfileStore(IReadOnlyList<SupplierProfile> profiles) : ISupplierProfileStore
    {
        public Task<string> ReplaceAllAsync(IReadOnlyList<SupplierProfile> profiles, CancellationToken cancellationToken) => throw new NotSupportedException("The bench's profiles are fixed.");

        public Task<SupplierProfile?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(profiles.FirstOrDefault(p => p.Key == key));

        public async IAsyncEnumerable<SupplierProfile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var profile in profiles)
            {
                yield return profile;
            }

            await Task.CompletedTask;
        }

        public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("bench");
    }

    private sealed class MemoryNeedStore : INeedStore
    {
        private readonly Dictionary<string, Need> _needs = new(StringComparer.Ordinal);

        public Task SaveAsync(Need need, CancellationToken cancellationToken)
        {
            _needs[need.Id] = need;
            return Task.CompletedTask;
        }

        public Task<Need?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_needs.GetValueOrDefault(id));

        public async IAsyncEnumerable<Need> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var need in _needs.Values)
            {
                yield return need;
            }

            await Task.CompletedTask;
        }
    }
}
