namespace ProcurementInsight.Benchmarks;

/// <summary>
/// The notices the parse benchmark reads: every real HILMA notice published on TED plus the two largest
/// SDK examples (<c>can_24_maximal.xml</c>, <c>cn_24_maximal_100_lots.xml</c>), loaded into memory once.
/// </summary>
public sealed class ParseCorpus
{
    private ParseCorpus(IReadOnlyList<(string Name, byte[] Bytes)> files) => Files = files;

    /// <summary>The files, by name, with their bytes.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; }

    /// <summary>The total size of the corpus in bytes.</summary>
    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    /// <summary>Loads the corpus from <c>../shared/fixtures</c> beside the repository root.</summary>
    public static ParseCorpus Load()
    {
        var fixtures = Path.Combine(FindRepositoryRoot(), "..", "shared", "fixtures");
        var paths = Directory.EnumerateFiles(Path.Combine(fixtures, "hilma-samples", "ted-published"), "*.xml")
            .Order(StringComparer.Ordinal)
            .Append(Path.Combine(fixtures, "eforms-sdk-examples", "can_24_maximal.xml"))
            .Append(Path.Combine(fixtures, "eforms-sdk-examples", "cn_24_maximal_100_lots.xml"));
        return new ParseCorpus([.. paths.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))]);
    }

    private static string FindRepositoryRoot()
    {
        // BenchmarkDotNet runs from a generated folder under bin/, so walk up from both places.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ProcurementInsight.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ProcurementInsight.sln not found above " + AppContext.BaseDirectory);
    }
}
