using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Hilma;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// Harvests one simulated HILMA year end to end (simulator over HTTP, the production client, parser,
/// harvester and storage adapters, Azurite) at growing corpus sizes, each into a fresh Azurite, and
/// prints time, throughput and memory. The target: 20,000 notices in under 120 s on 2 cores, with
/// memory flat as the corpus grows.
/// </summary>
public static class HarvestMeasurement
{
    /// <summary>Seconds allowed for a 20,000-notice year.</summary>
    public const double TargetSeconds = 120;

    /// <summary>Runs the sizes in order and returns 0 when the largest meets the target pro rata.</summary>
    public static async Task<int> RunAsync(TextWriter output, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync("notices  first pass  notices/s  again (unchanged)  peak working set  managed heap after GC");
        var met = true;
        foreach (var size in sizes)
        {
            var result = await MeasureAsync(size);
            var perTwentyThousand = result.First.TotalSeconds * 20_000 / result.Notices;
            met = perTwentyThousand < TargetSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{result.Notices,7}  {result.First.TotalSeconds,8:F1} s  {result.Notices / result.First.TotalSeconds,9:F0}  {result.Again.TotalSeconds,15:F1} s  {result.PeakWorkingSet / 1048576.0,13:F0} MiB  {result.HeapAfterGc / 1048576.0,18:F0} MiB"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Target: a 20,000-notice year in under {TargetSeconds:F0} s (largest size, scaled to 20,000): {(met ? "OK" : "ABOVE TARGET")}"));
        return met ? 0 : 1;
    }

    private static async Task<(int Notices, TimeSpan First, TimeSpan Again, long PeakWorkingSet, long HeapAfterGc)> MeasureAsync(int noticesPerYear)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 2025, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31), NoticesPerYear = noticesPerYear });
            await using var server = await HilmaSimulatorServer.StartAsync(corpus, new HilmaSimulatorOptions(), CancellationToken.None);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Hilma:BaseAddress"] = server.BaseAddress.ToString(),
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddStorage(configuration);
            services.AddHilma(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            var harvester = provider.GetRequiredService<NoticeHarvester>();
            var request = new HarvestRequest(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

            var clock = Stopwatch.StartNew();
            var run = await harvester.HarvestAsync(request, null, CancellationToken.None);
            var first = clock.Elapsed;
            clock.Restart();
            await harvester.HarvestAsync(request, null, CancellationToken.None);
            var again = clock.Elapsed;

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return (run.Counts.Fetched, first, again, process.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: true));
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
