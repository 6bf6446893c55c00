using BenchmarkDotNet.Attributes;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// BenchmarkDotNet comparison of <see cref="EFormsNoticeParser"/> with a bare XmlReader pass over the same
/// corpus. The target: parser throughput at least 0.40 of the reader's (reader time / parser time ≥ 0.40).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly EFormsNoticeParser _parser = new();
    private ParseCorpus _corpus = null!; // Set in GlobalSetup before any benchmark runs.

    [GlobalSetup]
    public void Setup() => _corpus = ParseCorpus.Load();

    [Benchmark(Baseline = true)]
    public long XmlReaderReadToEnd() => ParseWorkloads.ReadToEnd(_corpus);

    [Benchmark]
    public long EFormsNoticeParserParse() => ParseWorkloads.Parse(_parser, _corpus);
}
