using System.Diagnostics;
using System.Globalization;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// A Stopwatch measurement for people without time for BenchmarkDotNet: warm up both workloads, then
/// alternate timed rounds and keep each workload's best throughput, which is the least disturbed by other
/// processes on a shared machine.
/// </summary>
public static class QuickParseMeasurement
{
    /// <summary>The required ratio of parser throughput to XmlReader throughput.</summary>
    public const double TargetRatio = 0.40;

    private const int Rounds = 7;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(1);

    /// <summary>Runs the measurement, writes MB/s and the ratio, and returns 0 when the target is met, else 1.</summary>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var corpus = ParseCorpus.Load();
        var parser = new EFormsNoticeParser();
        var megabytes = corpus.TotalBytes / 1_000_000.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus: {corpus.Files.Count} files, {megabytes:F2} MB"));

        // Warm-up: JIT, tiered compilation and caches.
        Measure(() => ParseWorkloads.ReadToEnd(corpus), RoundLength);
        Measure(() => ParseWorkloads.Parse(parser, corpus), RoundLength);

        double bestReader = 0, bestParser = 0;
        for (var round = 0; round < Rounds; round++)
        {
            bestReader = Math.Max(bestReader, megabytes * Measure(() => ParseWorkloads.ReadToEnd(corpus), RoundLength));
            bestParser = Math.Max(bestParser, megabytes * Measure(() => ParseWorkloads.Parse(parser, corpus), RoundLength));
        }

        var ratio = bestParser / bestReader;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"XmlReader read-to-end : {bestReader,8:F1} MB/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"EFormsNoticeParser    : {bestParser,8:F1} MB/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio parser/reader   : {ratio,8:F2} (target >= {TargetRatio:F2}) {(ratio >= TargetRatio ? "OK" : "BELOW TARGET")}"));
        return ratio >= TargetRatio ? 0 : 1;
    }

    /// <summary>Runs the workload repeatedly for about <paramref name="length"/>; returns passes per second.</summary>
    private static double Measure(Func<long> workload, TimeSpan length)
    {
        long sink = 0;
        var passes = 0;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < length)
        {
            sink += workload();
            passes++;
        }

        stopwatch.Stop();
        GC.KeepAlive(sink);
        return passes / stopwatch.Elapsed.TotalSeconds;
    }
}
