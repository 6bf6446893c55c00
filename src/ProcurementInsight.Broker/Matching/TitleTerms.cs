using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// Contract titles as term ids, built once with the index: every title is analysed by each language's analyzer
/// (terms kept apart per language, numbers dropped), identical titles share one array, and each term's
/// document frequency over all contracts is counted for <see cref="TitleTermWeights"/>.
/// </summary>
internal sealed class TitleTerms
{
    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _titles = new(StringComparer.Ordinal);
    private readonly List<int> _frequency = [];
    private int _contracts;

    public TitleTerms(Dictionary<string, Analyzer> analyzers) => _analyzers = analyzers;

    /// <summary>The title's distinct term ids, counted as one more contract.</summary>
    public int[] Of(string? title)
    {
        _contracts++;
        title ??= string.Empty;
        if (!_titles.TryGetValue(title, out var ids))
        {
            ids = [.. Analyse(title).Select(Id).Distinct().Order()];
            _titles[title] = ids;
        }

        foreach (var id in ids)
        {
            _frequency[id]++;
        }

        return ids;
    }

    /// <summary>The id of an analysed term qualified by its field, or −1 when no title has it.</summary>
    public static int Find(IReadOnlyDictionary<string, int> ids, string field, string term) =>
        ids.TryGetValue(field + "\u0001" + term, out var id) ? id : -1;

    public TitleTermWeights Freeze()
    {
        var weights = new double[_frequency.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Log(1.0 + ((double)_contracts / Math.Max(1, _frequency[i])));
        }

        return new TitleTermWeights(_ids, weights);
    }

    private int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _frequency.Count;
            _ids[term] = id;
            _frequency.Add(0);
        }

        return id;
    }

    private IEnumerable<string> Analyse(string title)
    {
        foreach (var (field, analyzer) in _analyzers)
        {
            using var stream = analyzer.GetTokenStream(field, new StringReader(title));
            var attribute = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var terms = new List<string>();
            while (stream.IncrementToken())
            {
                var term = attribute.ToString();
                if (!term.All(char.IsDigit))
                {
                    terms.Add(field + "\u0001" + term);
                }
            }

            stream.End();
            foreach (var term in terms)
            {
                yield return term;
            }
        }
    }
}

/// <summary>The title terms' ids and inverse document frequencies, <c>log(1 + contracts / df)</c>.</summary>
internal sealed record TitleTermWeights(IReadOnlyDictionary<string, int> Ids, double[] Weights);

/// <summary>
/// How well a contract's title covers a need: the square of the idf-weighted share of the title's terms that the
/// need's title also has, so that sharing a common word ("huolto", "services") counts for little and sharing the
/// whole title for everything. Results are cached per title array for the one query.
/// </summary>
internal sealed class TitleRelevance
{
    private readonly TitleTermWeights _weights;
    private readonly HashSet<int> _query = [];
    private readonly Dictionary<int[], double> _cache = new(ReferenceEqualityComparer.Instance);

    public TitleRelevance(TitleTermWeights weights, IReadOnlyDictionary<string, string[]> queryTerms)
    {
        _weights = weights;
        foreach (var (field, terms) in queryTerms)
        {
            foreach (var term in terms)
            {
                var id = TitleTerms.Find(weights.Ids, field, term);
                if (id >= 0)
                {
                    _query.Add(id);
                }
            }
        }
    }

    public bool HasTerms => _query.Count > 0;

    public double Of(int[] title)
    {
        if (title.Length == 0)
        {
            return 0;
        }

        if (_cache.TryGetValue(title, out var cached))
        {
            return cached;
        }

        double all = 0, shared = 0;
        foreach (var id in title)
        {
            var weight = _weights.Weights[id];
            all += weight;
            if (_query.Contains(id))
            {
                shared += weight;
            }
        }

        var share = all <= 0 ? 0 : shared / all;
        var relevance = share * share;
        _cache[title] = relevance;
        return relevance;
    }
}
