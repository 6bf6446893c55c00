using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// An in-memory Lucene index of supplier profiles. Each profile's contract texts go into one field per
/// language, analysed by Lucene's Finnish, Swedish and English analyzers (stemming, stop words) and
/// ranked with BM25; CPV codes are indexed by their hierarchy prefixes. A need is matched in two index
/// queries (text, CPV) whose candidates are then scored in full: text relevance, CPV proximity, region,
/// innovation potential and track record, weighted by <see cref="MatchWeights"/>.
/// </summary>
public sealed class SupplierIndex : IDisposable
{
    /// <summary>
    /// How many contracts a supplier's own address counts for in its locality: enough that a supplier with one or
    /// two wins far away is still seen as local where it is based, little against a long record elsewhere.
    /// </summary>
    public const int HomeContracts = 3;

    /// <summary>A small supplier has at most this many contracts…</summary>
    public const int SmallSupplierMaxContracts = 3;

    /// <summary>…and under this many euros won in total.</summary>
    public const decimal SmallSupplierMaxValue = 250_000m;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string KeyField = "key";
    private const string OrdinalField = "ord";
    private const string CpvField = "cpv";
    private const int MaxQueryTermsPerField = 120;
    private const int EvidenceContracts = 3;
    private const int EvidenceContractScan = 150;

    private static readonly (string Field, string Language)[] TextFields = [("fi", "FIN"), ("sv", "SWE"), ("en", "ENG")];

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly Analyzer _analyzer;
    private readonly Entry[] _entries;
    private readonly Dictionary<string, int> _byKey;
    private readonly NumericDocValues _ordinals;
    private readonly TitleTermWeights _titleWeights;

    private SupplierIndex(RAMDirectory directory, Dictionary<string, Analyzer> analyzers, Analyzer analyzer, Entry[] entries, TitleTermWeights titleWeights)
    {
        _titleWeights = titleWeights;
        _directory = directory;
        _analyzers = analyzers;
        _analyzer = analyzer;
        _entries = entries;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _ordinals = MultiDocValues.GetNumericValues(_reader, OrdinalField);
        _byKey = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            _byKey[entries[i].Profile.Key] = i;
        }
    }

    /// <summary>Suppliers in the index.</summary>
    public int Count => _entries.Length;

    /// <summary>Builds the index of the profiles, scoring each one's innovation potential as of <paramref name="asOf"/>.</summary>
    public static SupplierIndex Build(IReadOnlyList<SupplierProfile> profiles, InnovationPotentialScorer scorer, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(scorer);
        var analyzers = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            ["fi"] = new FinnishAnalyzer(Version),
            ["sv"] = new SwedishAnalyzer(Version),
            ["en"] = new EnglishAnalyzer(Version),
        };
        var analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(Version), analyzers);
        var directory = new RAMDirectory();
        var entries = new Entry[profiles.Count];
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var titles = new TitleTerms(analyzers);
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < profiles.Count; i++)
            {
                var profile = profiles[i];
                entries[i] = new Entry(profile, scorer.Score(profile.Contracts, asOf), titles);
                var document = new Document
                {
                    new StringField(KeyField, profile.Key, Field.Store.NO),
                    new NumericDocValuesField(OrdinalField, i),
                };
                foreach (var (field, language) in TextFields)
                {
                    var text = profile.Texts.GetValueOrDefault(language);
                    if (language == "FIN" && profile.Register?.MainBusinessLine is { } line)
                    {
                        text = text is null ? line : text + ". " + line;
                    }

                    if (!string.IsNullOrEmpty(text))
                    {
                        document.Add(new TextField(field, text, Field.Store.NO));
                    }
                }

                foreach (var prefix in entries[i].CpvCounts.Keys.SelectMany(CpvProximity.IndexPrefixes).Distinct(StringComparer.Ordinal))
                {
                    document.Add(new StringField(CpvField, prefix, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new SupplierIndex(directory, analyzers, analyzer, entries, titles.Freeze());
    }

    /// <summary>The innovation potential of a supplier in the index, or null.</summary>
    public InnovationPotential? PotentialOf(string key) =>
        _byKey.TryGetValue(key, out var i) ? _entries[i].Potential : null;

    /// <summary>Ranks suppliers for a need.</summary>
    public MatchResult Match(MatchQuery query, MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1);
        var queryTerms = Analyse(query.Text);
        var titleTerms = string.IsNullOrWhiteSpace(query.Title) ? queryTerms : Analyse(query.Title);
        var candidates = new Dictionary<int, float>();
        var bestText = 0f;

        var text = AnyOf(queryTerms);
        if (text.Clauses.Count > 0)
        {
            foreach (var hit in _searcher.Search(text, weights.Candidates).ScoreDocs)
            {
                var ordinal = (int)_ordinals.Get(hit.Doc);
                candidates[ordinal] = hit.Score;
                bestText = Math.Max(bestText, hit.Score);
            }
        }

        // Suppliers whose contracts share the title's words, even when the description's other words rank them low.
        var byTitle = ReferenceEquals(titleTerms, queryTerms) ? null : AnyOf(titleTerms);
        if (byTitle is { Clauses.Count: > 0 })
        {
            foreach (var hit in _searcher.Search(byTitle, weights.Candidates).ScoreDocs)
            {
                candidates.TryAdd((int)_ordinals.Get(hit.Doc), 0f);
            }
        }

        var cpv = NormaliseCpv(query.Cpv);
        if (cpv is not null)
        {
            var byCode = new BooleanQuery();
            var stem = CpvProximity.Stem(cpv);
            foreach (var prefix in CpvProximity.IndexPrefixes(cpv).Where(p => p.Length <= Math.Max(2, stem.Length)))
            {
                byCode.Add(new TermQuery(new Term(CpvField, prefix)) { Boost = prefix.Length }, Occur.SHOULD);
            }

            foreach (var hit in _searcher.Search(byCode, weights.Candidates).ScoreDocs)
            {
                candidates.TryAdd((int)_ordinals.Get(hit.Doc), 0f);
            }
        }

        var region = string.IsNullOrWhiteSpace(query.Region) ? null : query.Region.Trim().ToUpperInvariant();
        var relevance = new TitleRelevance(_titleWeights, titleTerms);
        var scored = new List<(int Ordinal, double Score, MatchParts Parts)>(candidates.Count);
        foreach (var (ordinal, textScore) in candidates)
        {
            var entry = _entries[ordinal];
            var parts = new MatchParts(
                bestText > 0 ? textScore / bestText : 0,
                cpv is null ? null : entry.CpvFit(cpv),
                region is null ? null : entry.RegionFit(region),
                entry.Potential.Score / 100.0,
                entry.TrackRecord(cpv, region, relevance));
            scored.Add((ordinal, Combine(parts, weights), parts));
        }

        var top = scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => _entries[s.Ordinal].Profile.Key, StringComparer.Ordinal)
            .Take(query.Top)
            .ToList();
        var termSets = queryTerms.ToDictionary(q => q.Key, q => q.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var matches = new List<SupplierMatch>(top.Count);
        foreach (var (ordinal, score, parts) in top)
        {
            var entry = _entries[ordinal];
            var profile = entry.Profile;
            matches.Add(new SupplierMatch(
                matches.Count + 1,
                profile.Key,
                profile.BusinessId,
                profile.Name,
                Math.Round(score, 4),
                entry.Potential.Score,
                profile.Contracts.Count,
                IsSmallOrFirstTime(profile),
                new MatchEvidence(
                    MatchedTerms(profile, queryTerms),
                    MatchedContracts(profile, termSets, cpv),
                    Round(parts),
                    entry.Potential.Components,
                    profile.Identification == SupplierIdentification.NameOnly || profile.Contracts.Any(c => c.MatchedByName))));
        }

        var share = matches.Count == 0 ? 0 : Math.Round((double)matches.Count(m => m.SmallOrFirstTime) / matches.Count, 4);
        return new MatchResult(matches, share, _entries.Length);
    }

    /// <summary>True for a first-time supplier (one contract) or a small one.</summary>
    public static bool IsSmallOrFirstTime(SupplierProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Contracts.Count <= 1
            || (profile.Contracts.Count <= SmallSupplierMaxContracts && profile.TotalValue < SmallSupplierMaxValue);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        foreach (var analyzer in _analyzers.Values)
        {
            analyzer.Dispose();
        }
    }

    /// <summary>The text's distinct analysed terms per language field (at most <see cref="MaxQueryTermsPerField"/> each).</summary>
    private Dictionary<string, string[]> Analyse(string text) =>
        TextFields.ToDictionary(f => f.Field, f => Terms(_analyzers[f.Field], f.Field, text).Distinct(StringComparer.Ordinal).Take(MaxQueryTermsPerField).ToArray(), StringComparer.Ordinal);

    /// <summary>A query matching any of the terms, each in its field.</summary>
    private static BooleanQuery AnyOf(Dictionary<string, string[]> terms)
    {
        var query = new BooleanQuery();
        foreach (var (field, words) in terms)
        {
            foreach (var word in words)
            {
                query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
            }
        }

        return query;
    }

    private static double Combine(MatchParts parts, MatchWeights weights)
    {
        var total = (weights.Text * parts.Text) + (weights.Innovation * parts.Innovation) + (weights.TrackRecord * parts.TrackRecord);
        var weight = weights.Text + weights.Innovation + weights.TrackRecord;
        if (parts.Cpv is { } cpv)
        {
            total += weights.Cpv * cpv;
            weight += weights.Cpv;
        }

        if (parts.Region is { } region)
        {
            total += weights.Region * region;
            weight += weights.Region;
        }

        return weight <= 0 ? 0 : total / weight;
    }

    private static MatchParts Round(MatchParts parts) => new(
        Math.Round(parts.Text, 4),
        parts.Cpv is { } c ? Math.Round(c, 4) : null,
        parts.Region is { } r ? Math.Round(r, 4) : null,
        Math.Round(parts.Innovation, 4),
        Math.Round(parts.TrackRecord, 4));

    private static string? NormaliseCpv(string? cpv) =>
        Core.Notices.CpvCode.TryParse(cpv, out var code) ? code.Value : null;

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }

    private List<string> MatchedTerms(SupplierProfile profile, Dictionary<string, string[]> queryTerms)
    {
        var matched = new List<string>();
        foreach (var (field, language) in TextFields)
        {
            var wanted = queryTerms[field];
            if (wanted.Length == 0 || profile.Texts.GetValueOrDefault(language) is not { } text)
            {
                continue;
            }

            var present = Terms(_analyzers[field], field, text).ToHashSet(StringComparer.Ordinal);
            matched.AddRange(wanted.Where(present.Contains).Where(t => !matched.Contains(t, StringComparer.Ordinal)));
        }

        return matched;
    }

    private List<MatchedContract> MatchedContracts(SupplierProfile profile, Dictionary<string, HashSet<string>> queryTerms, string? cpv)
    {
        var ranked = new List<(double Score, MatchedContract Contract)>();
        foreach (var contract in profile.Contracts.Take(EvidenceContractScan))
        {
            // Each language's analyzer against the need's terms from the same analyzer; the first language that matches speaks.
            var titleTerms = TextFields
                .Select(f => Terms(_analyzers[f.Field], f.Field, contract.Title).Where(queryTerms[f.Field].Contains).Distinct(StringComparer.Ordinal).ToArray())
                .FirstOrDefault(t => t.Length > 0) ?? [];
            var proximity = cpv is not null && contract.Cpv is not null ? CpvProximity.Between(cpv, contract.Cpv) : 0;
            var score = titleTerms.Length + (2 * proximity);
            if (score <= 0)
            {
                continue;
            }

            ranked.Add((score, new MatchedContract(
                contract.NoticeKey,
                contract.Title,
                contract.Cpv,
                contract.BuyerName,
                contract.Region,
                contract.AwardedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                contract.Innovative,
                titleTerms,
                Math.Round(proximity, 2))));
        }

        return [.. ranked.OrderByDescending(r => r.Score).ThenByDescending(r => r.Contract.AwardedOn, StringComparer.Ordinal).Take(EvidenceContracts).Select(r => r.Contract)];
    }

    /// <summary>A profile with what scoring needs, computed once at build.</summary>
    private sealed class Entry
    {
        private readonly int _withRegion;

        public Entry(SupplierProfile profile, InnovationPotential potential, TitleTerms titles)
        {
            Profile = profile;
            Potential = potential;
            ContractTitles = new int[profile.Contracts.Count][];
            for (var c = 0; c < profile.Contracts.Count; c++)
            {
                ContractTitles[c] = titles.Of(profile.Contracts[c].Title);
            }

            foreach (var contract in profile.Contracts)
            {
                if (contract.Cpv is { } code)
                {
                    CpvCounts[code] = CpvCounts.GetValueOrDefault(code) + 1;
                }

                if (contract.Region is { } region)
                {
                    var upper = region.ToUpperInvariant();
                    RegionCounts[upper] = RegionCounts.GetValueOrDefault(upper) + 1;
                    _withRegion++;
                }
            }
        }

        public SupplierProfile Profile { get; }

        public InnovationPotential Potential { get; }

        public Dictionary<string, int> CpvCounts { get; } = new(StringComparer.Ordinal);

        /// <summary>Each contract's title as analysed term ids (shared between contracts with the same title).</summary>
        public int[][] ContractTitles { get; }

        public Dictionary<string, int> RegionCounts { get; } = new(StringComparer.Ordinal);

        /// <summary>0.7 × the best code's proximity + 0.3 × the contract-weighted mean proximity.</summary>
        public double CpvFit(string cpv)
        {
            if (CpvCounts.Count == 0)
            {
                return 0;
            }

            double best = 0, sum = 0;
            var count = 0;
            foreach (var (code, n) in CpvCounts)
            {
                var proximity = CpvProximity.Between(cpv, code);
                best = Math.Max(best, proximity);
                sum += proximity * n;
                count += n;
            }

            return (0.7 * best) + (0.3 * sum / count);
        }

        /// <summary>Relevant wins times locality, <c>min(1, log(1 + x) / log(101))</c> (see <see cref="MatchWeights.TrackRecord"/>).</summary>
        public double TrackRecord(string? cpv, string? region, TitleRelevance relevance)
        {
            var sum = 0.0;
            for (var c = 0; c < Profile.Contracts.Count; c++)
            {
                var contract = Profile.Contracts[c];
                sum += relevance.HasTerms ? relevance.Of(ContractTitles[c])
                    : cpv is null ? 1.0 : contract.Cpv is null ? 0.0 : CpvProximity.Between(cpv, contract.Cpv);
            }

            var locality = region is null ? 1.0 : Locality(region);
            return Math.Min(1.0, Math.Log(1 + (sum * locality)) / Math.Log(101));
        }

        /// <summary>
        /// Where the supplier works: of its contracts (plus <see cref="HomeContracts"/> placed at its own address's
        /// region, when notices give one), the share in the region, 0.2 × the share elsewhere in its NUTS 2 area and
        /// 0.02 × the share further away.
        /// </summary>
        public double Locality(string region)
        {
            var (inside, near) = Contracts(region);
            double within = inside, nearby = near, total = _withRegion;
            if (Profile.HomeRegion is { } home)
            {
                total += HomeContracts;
                within += home.StartsWith(region, StringComparison.Ordinal) ? HomeContracts : 0;
                nearby += !home.StartsWith(region, StringComparison.Ordinal) && home.StartsWith(Wider(region), StringComparison.Ordinal) ? HomeContracts : 0;
            }

            return total <= 0 ? 0.02 : (within + (0.2 * nearby) + (0.02 * (total - within - nearby))) / total;
        }

        /// <summary>Share of contracts within the region + 0.25 × share elsewhere in its NUTS 2 area.</summary>
        public double RegionFit(string region)
        {
            if (_withRegion == 0)
            {
                return 0;
            }

            var (inside, near) = Contracts(region);
            return (inside + (0.25 * near)) / _withRegion;
        }

        /// <summary>Contracts in the region, and elsewhere in its NUTS 2 area.</summary>
        private static string Wider(string region) => region.Length >= 4 ? region[..4] : region;

        private (int Inside, int Near) Contracts(string region)
        {
            var wider = Wider(region);
            int inside = 0, near = 0;
            foreach (var (code, n) in RegionCounts)
            {
                if (code.StartsWith(region, StringComparison.Ordinal))
                {
                    inside += n;
                }
                else if (code.StartsWith(wider, StringComparison.Ordinal))
                {
                    near += n;
                }
            }

            return (inside, near);
        }
    }
}
