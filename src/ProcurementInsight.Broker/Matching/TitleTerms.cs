namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// Won contracts as term ids per need language, built once with the index. A contract's terms for language L are its
/// title's terms (analysed in the title's own language) plus the terms of its CPV code's label in L, so a contract
/// titled in Finnish still shares words with a Swedish or English need through its code. Identical (title, code,
/// language) triples share one array, and each term's document frequency per language is counted for
/// <see cref="TitleTermWeights"/>.
/// </summary>
internal sealed class TitleTerms
{
    /// <summary>The need languages, in the order of the arrays.</summary>
    public static readonly string[] Languages = [TextAnalysis.Finnish, TextAnalysis.Swedish, TextAnalysis.English];

    private readonly CpvBridge _bridge;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int[][]> _contracts = new(StringComparer.Ordinal);
    private readonly List<int>[] _frequency = [[], [], []];
    private int _count;

    public TitleTerms(CpvBridge bridge) => _bridge = bridge;

    /// <summary>The contract's distinct term ids per need language, counted as one more contract.</summary>
    public int[][] Of(string? title, string titleLanguage, string? cpv)
    {
        _count++;
        title ??= string.Empty;
        var key = titleLanguage + "\u0001" + (cpv ?? string.Empty) + "\u0001" + title;
        if (!_contracts.TryGetValue(key, out var arrays))
        {
            var own = _bridge.Analysis.DistinctTerms(title, titleLanguage);
            arrays = new int[Languages.Length][];
            for (var l = 0; l < Languages.Length; l++)
            {
                var label = cpv is null ? [] : _bridge.LabelTerms(cpv, Languages[l]);
                arrays[l] = [.. own.Concat(label).Select(Id).Distinct().Order()];
            }

            _contracts[key] = arrays;
        }

        for (var l = 0; l < Languages.Length; l++)
        {
            foreach (var id in arrays[l])
            {
                _frequency[l][id]++;
            }
        }

        return arrays;
    }

    public TitleTermWeights Freeze()
    {
        var weights = new double[Languages.Length][];
        for (var l = 0; l < Languages.Length; l++)
        {
            weights[l] = new double[_terms.Count];
            for (var i = 0; i < _terms.Count; i++)
            {
                weights[l][i] = Math.Log(1.0 + ((double)_count / Math.Max(1, _frequency[l][i])));
            }
        }

        return new TitleTermWeights(_ids, [.. _terms], weights);
    }

    private int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids[term] = id;
            _terms.Add(term);
            foreach (var frequency in _frequency)
            {
                frequency.Add(0);
            }
        }

        return id;
    }
}

/// <summary>The contract terms' ids, the terms by id, and each language's inverse document frequencies, <c>log(1 + contracts / df)</c>.</summary>
internal sealed record TitleTermWeights(IReadOnlyDictionary<string, int> Ids, string[] Terms, double[][] Weights);

/// <summary>
/// How well a contract covers a need: the square of the idf-weighted share of the contract's terms (in the need's
/// language) that the need's title also has, so that sharing a common word ("huolto", "services") counts for little
/// and sharing the whole title for everything. Results are cached per term array for the one query.
/// </summary>
internal sealed class TitleRelevance
{
    private readonly double[] _weights;
    private readonly Dictionary<int[], double> _cache = new(ReferenceEqualityComparer.Instance);

    public TitleRelevance(TitleTermWeights weights, int language, IEnumerable<string> queryTerms)
    {
        _weights = weights.Weights[language];
        Language = language;
        foreach (var term in queryTerms)
        {
            if (weights.Ids.TryGetValue(term, out var id))
            {
                Query.Add(id);
            }
        }
    }

    /// <summary>The need's language, as an index into <see cref="TitleTerms.Languages"/>.</summary>
    public int Language { get; }

    /// <summary>The need's term ids that some contract has.</summary>
    public HashSet<int> Query { get; } = [];

    public bool HasTerms => Query.Count > 0;

    public double Of(int[] terms)
    {
        if (terms.Length == 0)
        {
            return 0;
        }

        if (_cache.TryGetValue(terms, out var cached))
        {
            return cached;
        }

        double all = 0, shared = 0;
        foreach (var id in terms)
        {
            var weight = _weights[id];
            all += weight;
            if (Query.Contains(id))
            {
                shared += weight;
            }
        }

        var share = all <= 0 ? 0 : shared / all;
        var relevance = share * share;
        _cache[terms] = relevance;
        return relevance;
    }
}
