using System.Reflection;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// The CPV vocabulary as a bridge between Finnish, Swedish and English: all 9,454 CPV labels in the three languages
/// (eForms SDK, CC BY 4.0, embedded; see <c>cpv-labels-fi-sv-en.SOURCE.md</c>), analysed by <see cref="TextAnalysis"/>.
/// A need is read as the codes whose labels share its terms in its language, scored
/// <c>Σ idf(shared term) × √(shared / label terms)</c>, so a label the need covers well wins over a long one it touches.
/// </summary>
internal sealed class CpvBridge
{
    private const string Resource = "ProcurementInsight.Broker.cpv-labels-fi-sv-en.tsv";

    private static readonly Lazy<CpvBridge> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _labels;
    private readonly Dictionary<string, Dictionary<string, string[]>> _terms;
    private readonly Dictionary<string, Dictionary<string, List<string>>> _postings;
    private readonly Dictionary<string, Dictionary<string, double>> _idf;

    private CpvBridge(Dictionary<string, string[]> labels)
    {
        _labels = labels;
        Analysis = new TextAnalysis(new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            [TextAnalysis.Finnish] = labels.Values.Select(l => l[0]),
            [TextAnalysis.Swedish] = labels.Values.Select(l => l[1]),
            [TextAnalysis.English] = labels.Values.Select(l => l[2]),
        });
        _terms = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        _postings = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        _idf = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var languages = new[] { TextAnalysis.Finnish, TextAnalysis.Swedish, TextAnalysis.English };
        for (var l = 0; l < languages.Length; l++)
        {
            var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var postings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (code, label) in labels)
            {
                var analysed = Analysis.DistinctTerms(label[l], languages[l]);
                terms[code] = analysed;
                foreach (var term in analysed)
                {
                    if (!postings.TryGetValue(term, out var codes))
                    {
                        codes = [];
                        postings[term] = codes;
                    }

                    codes.Add(code);
                }
            }

            _terms[languages[l]] = terms;
            _postings[languages[l]] = postings;
            _idf[languages[l]] = postings.ToDictionary(p => p.Key, p => Math.Log(1.0 + ((double)labels.Count / p.Value.Count)), StringComparer.Ordinal);
        }
    }

    /// <summary>The bridge over the embedded labels, loaded once.</summary>
    public static CpvBridge Instance => Shared.Value;

    /// <summary>The analysis every broker text goes through: its compound dictionary is the labels' words.</summary>
    public TextAnalysis Analysis { get; }

    /// <summary>Codes with labels.</summary>
    public int Count => _labels.Count;

    /// <summary>The code's label in the language, or null for an unknown code.</summary>
    public string? Label(string code, string language) =>
        _labels.TryGetValue(code, out var label) ? label[language switch { TextAnalysis.Swedish => 1, TextAnalysis.English => 2, _ => 0 }] : null;

    /// <summary>The analysed terms of the code's label in the language (none for an unknown code).</summary>
    public IReadOnlyList<string> LabelTerms(string code, string language) =>
        _terms.TryGetValue(language, out var terms) && terms.TryGetValue(code, out var found) ? found : [];

    /// <summary>True when some label in the language has the term.</summary>
    public bool Knows(string term, string language) => _postings[language].ContainsKey(term);

    /// <summary>The codes whose labels best cover the terms, best first, with scores relative to the best (1).</summary>
    public IReadOnlyList<CpvReading> Read(IReadOnlyCollection<string> terms, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var postings = _postings[language];
        var idf = _idf[language];
        var shared = new Dictionary<string, (double Weight, int Count)>(StringComparer.Ordinal);
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (!postings.TryGetValue(term, out var codes))
            {
                continue;
            }

            foreach (var code in codes)
            {
                var (weight, count) = shared.GetValueOrDefault(code);
                shared[code] = (weight + idf[term], count + 1);
            }
        }

        var labelTerms = _terms[language];
        var scored = shared
            .Select(s => (Code: s.Key, Score: s.Value.Weight * Math.Sqrt((double)s.Value.Count / Math.Max(1, labelTerms[s.Key].Length))))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored[0].Score;
        return [.. scored.Select(s => new CpvReading(s.Code, Label(s.Code, language)!, Math.Round(s.Score / best, 3)))];
    }

    private static CpvBridge Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The CPV labels are not embedded in the Broker assembly: " + Resource);
        using var reader = new StreamReader(stream);
        var labels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        reader.ReadLine(); // header: code, fi, sv, en
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length == 4)
            {
                labels[parts[0]] = [parts[1], parts[2], parts[3]];
            }
        }

        return new CpvBridge(labels);
    }
}
