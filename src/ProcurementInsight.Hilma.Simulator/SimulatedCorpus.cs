using System.Globalization;
using System.Text;
using System.Text.Json;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// A reproducible corpus of HILMA eForms notices. Only a compact <see cref="NoticeEntry"/> per notice is held
/// in memory; XML, search documents, statistics and ground truth are regenerated on demand from the entry's
/// seeds, so memory stays flat and the same options give byte-identical output.
/// </summary>
public sealed class SimulatedCorpus
{
    /// <summary>HILMA's eForms start: notices published before it are legacy (<c>OLD-</c>) notices.</summary>
    public static readonly DateOnly EFormsStart = new(2023, 9, 1);

    private static readonly DateOnly LegacyNumberingStart = new(2020, 1, 1);

    private readonly NoticeEntry[] _entries;
    private readonly NoticeGenerator _generator;
    private readonly int _legacyCount;

    /// <summary>Builds the corpus metadata (fast: no XML or text is generated here).</summary>
    public SimulatedCorpus(SimulatorCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.To, options.From);
        ArgumentOutOfRangeException.ThrowIfNegative(options.NoticesPerYear);
        options.Validate();
        Options = options;
        Population = new OrganisationPopulation(options.Seed);
        _generator = new NoticeGenerator(Population, options);
        _entries = BuildEntries(options);
        _legacyCount = Array.FindIndex(_entries, e => !e.IsLegacy) is var firstEForms and >= 0 ? firstEForms : _entries.Length;
        MalformedKeys = _entries.Where(e => e.IsMalformed).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The options the corpus was built from.</summary>
    public SimulatorCorpusOptions Options { get; }

    /// <summary>The buyer and supplier population.</summary>
    public OrganisationPopulation Population { get; }

    /// <summary>All notices in publication order: legacy notices (if any) first, each family ordered by <c>noticeId</c>.</summary>
    public IReadOnlyList<NoticeEntry> Entries => _entries;

    /// <summary>Number of legacy (pre-eForms) notices; they are the first entries.</summary>
    public int LegacyCount => _legacyCount;

    /// <summary>Number of notices.</summary>
    public int Count => _entries.Length;

    /// <summary>Keys (<c>EF-&lt;noticeId&gt;</c>) of notices whose <c>eForm</c> is permanently broken.</summary>
    public IReadOnlySet<string> MalformedKeys { get; }

    /// <summary>Finds an eForms notice by its HILMA <c>noticeId</c> (legacy notices are not found here).</summary>
    public bool TryGetEntry(int noticeId, out NoticeEntry entry) => Find(_legacyCount, _entries.Length, noticeId, out entry);

    /// <summary>Finds a legacy (pre-eForms, <c>OLD-</c>) notice by its legacy <c>noticeId</c>.</summary>
    public bool TryGetLegacyEntry(int noticeId, out NoticeEntry entry) => Find(0, _legacyCount, noticeId, out entry);

    private bool Find(int from, int to, int noticeId, out NoticeEntry entry)
    {
        // Each family is a contiguous, id-ordered run: legacy notices first, then eForms notices.
        var low = from;
        var high = to - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var id = _entries[mid].NoticeId;
            if (id == noticeId)
            {
                entry = _entries[mid];
                return true;
            }

            if (id < noticeId)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>Generates the full notice behind an entry.</summary>
    public SimulatedNotice Generate(NoticeEntry entry) => _generator.Generate(entry);

    /// <summary>
    /// The eForms XML HILMA serves (base64) as <c>eForm</c>: well-formed eForms UBL, or for a malformed notice
    /// the same broken bytes every time (truncated, not well-formed, or not an eForms document).
    /// </summary>
    public byte[] EFormBytes(NoticeEntry entry) => EFormBytes(Generate(entry));

    /// <summary>The eForms XML of a generated notice (broken when the notice is malformed).</summary>
    public static byte[] EFormBytes(SimulatedNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var xml = EFormsXmlWriter.Write(notice);
        if (!notice.Entry.IsMalformed)
        {
            return xml;
        }

        switch ((notice.Entry.NoticeSeed & 0x7FFFFFFF) % 3)
        {
            case 0:
                return xml[..(xml.Length * 3 / 5)];
            case 1:
                var text = Encoding.UTF8.GetString(xml);
                var at = text.IndexOf("</cbc:Name>", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(text.Insert(at < 0 ? text.Length / 2 : at, " & <Co"));
            default:
                return Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TED_EXPORT><CODED_DATA_SECTION><NOTICE_DATA><NO_DOC_OJS>"
                    + notice.Entry.NoticeId.ToString(CultureInfo.InvariantCulture)
                    + "</NO_DOC_OJS></NOTICE_DATA></CODED_DATA_SECTION></TED_EXPORT>\n");
        }
    }

    /// <summary>The hidden ground truth of a notice, by key (<c>EF-123</c>, <c>OLD-123</c>) or bare eForms notice id (<c>123</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such notice in the corpus.</exception>
    public NoticeTruth Truth(string noticeKey)
    {
        ArgumentNullException.ThrowIfNull(noticeKey);
        if (!TryGetEntry(noticeKey, out var entry))
        {
            throw new KeyNotFoundException($"The corpus has no notice '{noticeKey}'.");
        }

        return Generate(entry).Truth;
    }

    /// <summary>Finds a notice by key (<c>EF-123</c>, <c>OLD-123</c>) or bare eForms notice id (<c>123</c>).</summary>
    public bool TryGetEntry(string noticeKey, out NoticeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(noticeKey);
        var legacy = noticeKey.StartsWith("OLD-", StringComparison.Ordinal);
        var digits = noticeKey.StartsWith("EF-", StringComparison.Ordinal) ? noticeKey[3..] : legacy ? noticeKey[4..] : noticeKey;
        entry = default;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && (legacy ? TryGetLegacyEntry(id, out entry) : TryGetEntry(id, out entry));
    }

    /// <summary>
    /// The corpus as the harvest would store it, without HTTP or storage: each well-formed eForms notice's XML
    /// read by <paramref name="parse"/> (the harvest's parser; null when it cannot read the notice), with the
    /// HILMA statistics answers the read API attaches to each lot and HILMA's key and publication date. In
    /// corpus order; legacy and malformed notices are left out.
    /// </summary>
    public IReadOnlyList<Notice> HarvestedNotices(Func<ReadOnlyMemory<byte>, Notice?> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var notices = new List<Notice>(_entries.Length);
        foreach (var entry in _entries)
        {
            if (entry.IsMalformed || entry.IsLegacy)
            {
                continue;
            }

            var simulated = Generate(entry);
            if (parse(EFormBytes(simulated)) is not { } notice)
            {
                continue;
            }

            var statistics = simulated.Lots.ToDictionary(l => l.Id, l => l.Statistics, StringComparer.Ordinal);
            notices.Add(notice with
            {
                HilmaId = entry.Key,

                // The harvest takes the date from HILMA's datePublished when the XML has none.
                PublicationDate = notice.PublicationDate ?? entry.DatePublished,
                Lots = [.. notice.Lots.Select(l => statistics.GetValueOrDefault(l.LotId) is { } s
                    ? l with { HilmaAnswers = new InnovationAnswers(s.InnovationConsidered, s.SolutionNewToBuyer, s.SolutionNewToMarketOrIndustry, HilmaStatisticsSource.ReadApi) }
                    : l)],
            });
        }

        return notices;
    }

    /// <summary>
    /// Writes the ground truth of every notice as JSON lines:
    /// <c>{"id":"EF-1","noticeId":1,"type":"E3","trulyInnovative":false,"newToMarket":false,"newToBuyer":true,"newProcess":false}</c>.
    /// </summary>
    public async Task WriteGroundTruthAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            var truth = Generate(entry).Truth;
            using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Key);
                writer.WriteNumber("noticeId", entry.NoticeId);
                writer.WriteString("type", entry.Type.Subtype);
                writer.WriteBoolean("trulyInnovative", truth.TrulyInnovative);
                writer.WriteBoolean("newToMarket", truth.NewToMarket);
                writer.WriteBoolean("newToBuyer", truth.NewToBuyer);
                writer.WriteBoolean("newProcess", truth.NewProcess);
                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            if (buffer.Length > 64 * 1024 || i == _entries.Length - 1)
            {
                await destination.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
                buffer.SetLength(0);
            }
        }

        await destination.FlushAsync(cancellationToken);
    }

    private static NoticeEntry[] BuildEntries(SimulatorCorpusOptions options)
    {
        var random = new Random(options.Seed);
        var faults = new Random(unchecked(options.Seed * 31 + 17));
        var corrections = new Random(unchecked(options.Seed * 31 + 29));
        var types = NoticeTypes.All;
        var typeCumulative = new double[types.Count];
        var sum = 0.0;
        for (var i = 0; i < types.Count; i++)
        {
            sum += types[i].Weight;
            typeCumulative[i] = sum;
        }

        var days = options.To.DayNumber - options.From.DayNumber + 1;
        var perDay = options.NoticesPerYear / 365.25;
        var entries = new List<NoticeEntry>((int)(days * perDay * 1.1) + 16);
        var pendingContracts = new Dictionary<string, List<(int ProcedureId, int Seed, short Year)>>(StringComparer.Ordinal);
        var noticeId = 1 + (Math.Max(0, options.From.DayNumber - EFormsStart.DayNumber) * 49);
        var legacyId = 1 + (Math.Max(0, options.From.DayNumber - LegacyNumberingStart.DayNumber) * 50);
        var procedureId = 1 + (noticeId * 2 / 3);
        var times = new List<long>(128);
        for (var day = 0; day < days; day++)
        {
            var date = options.From.AddDays(day);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            // Weekdays 1.3, weekend days 0.25: averages 1 over a week.
            var expected = perDay * (weekend ? 0.25 : 1.3);
            var count = (int)Math.Floor(expected + random.NextDouble());
            times.Clear();
            var midnightUtc = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-2).UtcTicks;
            for (var i = 0; i < count; i++)
            {
                // Office hours in Finland, 07:00–19:00 local, with milliseconds like the real index.
                times.Add(midnightUtc + TimeSpan.FromHours(7).Ticks + (long)(random.NextDouble() * TimeSpan.FromHours(12).Ticks / TimeSpan.TicksPerMillisecond) * TimeSpan.TicksPerMillisecond);
            }

            times.Sort();
            foreach (var published in times)
            {
                var target = random.NextDouble() * sum;
                var typeIndex = Array.BinarySearch(typeCumulative, target);
                typeIndex = Math.Min(typeIndex < 0 ? ~typeIndex : typeIndex, types.Count - 1);
                var type = types[typeIndex];
                var legacy = date < EFormsStart;
                var step = random.NextDouble() < 0.1 ? random.Next(2, 5) : 1;
                if (legacy)
                {
                    legacyId += step;
                }
                else
                {
                    noticeId += step;
                }

                var year = (short)date.Year;
                int procId;
                int procSeed;
                if (type.Kind == NoticeKind.Award
                    && random.NextDouble() < 0.55
                    && pendingContracts.TryGetValue(type.Subtype, out var pending)
                    && pending.Count > 0)
                {
                    // The award of an earlier contract notice: same procedure, same buyer, texts and truth.
                    var pick = pending.Count - 1 - random.Next(Math.Min(pending.Count, 400));
                    (procId, procSeed, year) = pending[pick];
                    pending[pick] = pending[^1];
                    pending.RemoveAt(pending.Count - 1);
                }
                else
                {
                    procId = procedureId;
                    procedureId += 1;
                    procSeed = Mix(options.Seed ^ 0x5BD1E995, procId);
                    if (NoticeTypes.AwardFollowing(type.Subtype) is { } awardType)
                    {
                        if (!pendingContracts.TryGetValue(awardType, out var list))
                        {
                            list = [];
                            pendingContracts[awardType] = list;
                        }

                        list.Add((procId, procSeed, year));
                    }
                }

                var malformed = faults.NextDouble() < options.Faults.MalformedXmlRate && !legacy;
                var corrected = corrections.NextDouble() < options.CorrectedShare;
                var modified = corrected
                    ? published + TimeSpan.FromDays(1 + corrections.Next(10)).Ticks + (corrections.Next(86_400_000) * TimeSpan.TicksPerMillisecond)
                    : published + ((5 + corrections.Next(40)) * TimeSpan.TicksPerMillisecond);
                entries.Add(new NoticeEntry(
                    legacy ? legacyId : noticeId,
                    procId,
                    (byte)typeIndex,
                    published,
                    modified,
                    Mix(options.Seed ^ (legacy ? 0x1E6AC7 : 0), legacy ? legacyId : noticeId),
                    procSeed,
                    year,
                    corrected,
                    malformed,
                    legacy));
            }
        }

        return entries.ToArray();
    }

    /// <summary>SplitMix-style mixing of a seed and an id into a well-spread 32-bit seed.</summary>
    internal static int Mix(int seed, int id)
    {
        var z = unchecked(((ulong)(uint)seed << 32) | (uint)id) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }
}
