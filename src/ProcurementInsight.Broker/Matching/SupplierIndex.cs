using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
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
/// language, analysed by <see cref="TextAnalysis"/> (stop words of all three languages dropped, Snowball stems,
/// Finnish gradation, compounds split), together with the labels of the CPV codes it won in that language (the
/// <see cref="CpvBridge"/>), and ranked with BM25; CPV codes are indexed by their hierarchy prefixes. A need is read
/// in its own language only (given or detected): its terms are queried in that language's field, and it is read as
/// CPV codes through the labels. The candidates of the two index queries (text, CPV) are then scored in full: text
/// relevance, CPV proximity (to the buyer's code, else the first reading), region, innovation potential (weighted
/// more for an innovation-worded need) and track record, weighted by <see cref="MatchWeights"/>.
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

    private const int CpvReadings = 5;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly CpvBridge _bridge;
    private readonly Analyzer _analyzer;
    private readonly Entry[] _entries;
    private readonly Dictionary<string, int> _byKey;
    private readonly NumericDocValues _ordinals;
    private readonly TitleTermWeights _titleWeights;

    private SupplierIndex(RAMDirectory directory, CpvBridge bridge, Analyzer analyzer, Entry[] entries, TitleTermWeights titleWeights)
    {
        _titleWeights = titleWeights;
        _directory = directory;
        _bridge = bridge;
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
        var bridge = CpvBridge.Instance;
        // Texts are analysed before they reach Lucene (TextAnalysis), so the index only splits on spaces.
        var analyzer = new WhitespaceAnalyzer(Version);
        var directory = new RAMDirectory();
        var entries = new Entry[profiles.Count];
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var titles = new TitleTerms(bridge);
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
                foreach (var language in TitleTerms.Languages)
                {
                    var terms = SupplierTerms(bridge, profile, entries[i].CpvCounts.Keys, language);
                    if (terms.Count > 0)
                    {
                        document.Add(new TextField(TextAnalysis.Field(language), string.Join(' ', terms), Field.Store.NO));
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

        return new SupplierIndex(directory, bridge, analyzer, entries, titles.Freeze());
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
        var analysis = _bridge.Analysis;
        var given = TextAnalysis.ParseLanguage(query.Language);
        var language = given ?? TextAnalysis.Detect(string.IsNullOrWhiteSpace(query.Title) ? query.Text : query.Title + ". " + query.Text);
        var languageIndex = Array.IndexOf(TitleTerms.Languages, language);
        var field = TextAnalysis.Field(language);
        var queryTerms = analysis.DistinctTerms(query.Text, language).Take(MaxQueryTermsPerField).ToArray();
        var titleTerms = string.IsNullOrWhiteSpace(query.Title) ? queryTerms : analysis.DistinctTerms(query.Title, language);
        var readings = _bridge.Read(titleTerms.Length > 0 ? titleTerms : queryTerms, language, CpvReadings);
        var cues = InnovationWording.Cues(string.IsNullOrWhiteSpace(query.Title) ? query.Text : query.Title + " " + query.Text);
        if (cues.Count > 0)
        {
            weights = Worded(weights);
        }

        var candidates = new Dictionary<int, float>();
        var documents = new Dictionary<int, int>();
        var bestText = 0f;

        var text = AnyOf(field, Selective(field, queryTerms));
        if (text.Clauses.Count > 0)
        {
            foreach (var hit in _searcher.Search(text, weights.Candidates).ScoreDocs)
            {
                var ordinal = (int)_ordinals.Get(hit.Doc);
                candidates[ordinal] = hit.Score;
                documents[ordinal] = hit.Doc;
                bestText = Math.Max(bestText, hit.Score);
            }
        }

        // Suppliers whose contracts share the title's words, even when the description's other words rank them low.
        var byTitle = ReferenceEquals(titleTerms, queryTerms) ? null : AnyOf(field, Selective(field, titleTerms));
        if (byTitle is { Clauses.Count: > 0 })
        {
            foreach (var hit in _searcher.Search(byTitle, weights.Candidates).ScoreDocs)
            {
                candidates.TryAdd((int)_ordinals.Get(hit.Doc), 0f);
                documents.TryAdd((int)_ordinals.Get(hit.Doc), hit.Doc);
            }
        }

        var givenCpv = NormaliseCpv(query.Cpv);
        var cpv = givenCpv ?? (readings.Count > 0 ? readings[0].Code : null);
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
                documents.TryAdd((int)_ordinals.Get(hit.Doc), hit.Doc);
            }
        }

        var region = string.IsNullOrWhiteSpace(query.Region) ? null : query.Region.Trim().ToUpperInvariant();
        var relevance = new TitleRelevance(_titleWeights, languageIndex, titleTerms);
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
        var wanted = queryTerms.Concat(titleTerms).ToHashSet(StringComparer.Ordinal);
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
                    MatchedTerms(documents[ordinal], queryTerms, field),
                    MatchedContracts(entry, relevance, cpv),
                    Round(parts),
                    entry.Potential.Components,
                    profile.Identification == SupplierIdentification.NameOnly || profile.Contracts.Any(c => c.MatchedByName))));
        }

        var unknown = wanted.Where(t => _reader.DocFreq(new Term(field, t)) == 0 && !_bridge.Knows(t, language)).Order(StringComparer.Ordinal).ToArray();
        var share = matches.Count == 0 ? 0 : Math.Round((double)matches.Count(m => m.SmallOrFirstTime) / matches.Count, 4);
        return new MatchResult(matches, share, _entries.Length)
        {
            Interpretation = new MatchInterpretation(language, given is null, queryTerms, unknown, readings, cpv, givenCpv is null && cpv is not null, cues, weights.Innovation),
            Advice = Advise(matches.Count, bestText > 0, wanted.Count > 0 && unknown.Length == wanted.Count, givenCpv is not null),
        };
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
    }

    /// <summary>
    /// What a supplier's field in a language holds: its contract texts in that language, its register line of business
    /// (Finnish), and the labels in that language of every CPV code it won, so a need finds contracts written in the
    /// other languages through their codes.
    /// </summary>
    private static List<string> SupplierTerms(CpvBridge bridge, SupplierProfile profile, IEnumerable<string> codes, string language)
    {
        var terms = bridge.Analysis.Terms(profile.Texts.GetValueOrDefault(language), language);
        if (language == TextAnalysis.Finnish && profile.Register?.MainBusinessLine is { } line)
        {
            terms.AddRange(bridge.Analysis.Terms(line, language));
        }

        foreach (var code in codes)
        {
            terms.AddRange(bridge.LabelTerms(code, language));
        }

        return terms;
    }

    /// <summary>Why nothing matched through the need's words, or null when something did.</summary>
    private MatchAdvice? Advise(int matches, bool textMatched, bool noWordKnown, bool cpvGiven)
    {
        if (_entries.Length == 0)
        {
            return MatchAdvice.NoSuppliers;
        }

        if (textMatched)
        {
            return null;
        }

        return matches == 0 && (cpvGiven || !noWordKnown) ? MatchAdvice.NoSupplierNearCpv
            : noWordKnown ? MatchAdvice.NoKnownWords
            : null;
    }

    /// <summary>The weights with innovation raised by <see cref="MatchWeights.InnovationWorded"/>.</summary>
    private static MatchWeights Worded(MatchWeights weights) => new()
    {
        Text = weights.Text,
        Cpv = weights.Cpv,
        Region = weights.Region,
        Innovation = weights.Innovation + weights.InnovationWorded,
        InnovationWorded = weights.InnovationWorded,
        TrackRecord = weights.TrackRecord,
        Candidates = weights.Candidates,
    };

    /// <summary>
    /// The terms worth a postings scan: words most suppliers' fields hold (a CPV label's "palvelut", "huolto") score
    /// almost nothing under BM25 but cost a pass over most of the index, so terms in more than a tenth of the
    /// documents are left out of the candidate query (they still count in track record and evidence); when every term is
    /// that common, the two rarest are kept.
    /// </summary>
    private string[] Selective(string field, string[] terms)
    {
        var limit = Math.Max(1000, _entries.Length / 10);
        var counted = terms.Select(t => (Term: t, Count: _reader.DocFreq(new Term(field, t)))).Where(t => t.Count > 0).ToList();
        var rare = counted.Where(t => t.Count <= limit).Select(t => t.Term).ToArray();
        return rare.Length > 0 ? rare : [.. counted.OrderBy(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(2).Select(t => t.Term)];
    }

    /// <summary>A query matching any of the terms in the field.</summary>
    private static BooleanQuery AnyOf(string field, IEnumerable<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var word in terms)
        {
            query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
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

    /// <summary>The need's terms the supplier's field has, read from the index's postings rather than by re-analysing its texts.</summary>
    private List<string> MatchedTerms(int document, string[] queryTerms, string field)
    {
        var matched = new List<string>();
        foreach (var term in queryTerms)
        {
            var postings = MultiFields.GetTermDocsEnum(_reader, null, field, new BytesRef(term));
            if (postings is not null && postings.Advance(document) == document)
            {
                matched.Add(term);
            }
        }

        return matched;
    }

    private List<MatchedContract> MatchedContracts(Entry entry, TitleRelevance relevance, string? cpv)
    {
        var profile = entry.Profile;
        var ranked = new List<(double Score, MatchedContract Contract)>();
        for (var c = 0; c < Math.Min(profile.Contracts.Count, EvidenceContractScan); c++)
        {
            var contract = profile.Contracts[c];
            // The contract's terms in the need's language: its title's and its code's label's.
            var shared = entry.ContractTerms[c][relevance.Language].Where(relevance.Query.Contains).Select(id => _titleWeights.Terms[id]).ToArray();
            var proximity = cpv is not null && contract.Cpv is not null ? CpvProximity.Between(cpv, contract.Cpv) : 0;
            var score = shared.Length + (2 * proximity);
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
                shared,
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
            ContractTerms = new int[profile.Contracts.Count][][];
            for (var c = 0; c < profile.Contracts.Count; c++)
            {
                var contract = profile.Contracts[c];
                ContractTerms[c] = titles.Of(contract.Title, TitleLanguage(profile, contract.Title), contract.Cpv);
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

        /// <summary>Each contract's term ids per need language (shared between contracts with the same title and code).</summary>
        public int[][][] ContractTerms { get; }

        public Dictionary<string, int> RegionCounts { get; } = new(StringComparer.Ordinal);

        /// <summary>The language of a contract title: the profile's text it appears in, else detected.</summary>
        private static string TitleLanguage(SupplierProfile profile, string title)
        {
            foreach (var language in TitleTerms.Languages)
            {
                if (profile.Texts.GetValueOrDefault(language) is { } text && text.Contains(title, StringComparison.Ordinal))
                {
                    return language;
                }
            }

            return TextAnalysis.Detect(title);
        }

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
                sum += relevance.HasTerms ? relevance.Of(ContractTerms[c][relevance.Language])
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
