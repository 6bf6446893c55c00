using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.SupplierField;

/// <summary>
/// Ranks the register's companies that never won (or won little) for a need's CPV codes, from a
/// <see cref="RegisterFieldSnapshot"/> held in memory. A company's score is
/// <c>line lift × region lift × company form lift × age lift</c>, learned from the first-time winners' own
/// register data (<see cref="RegisterFieldSnapshot.FirstWins"/>, at least <see cref="MinFirstWins"/> of them):
/// each lift is how much more often first-time winners fall in the company's class than the field's companies do
/// (<see cref="NewcomerLifts"/>; the line's given the need's CPV code, the region's relative to the buyer's).
/// With fewer examples (a new harvest, or a snapshot written before first wins were kept) the score is the
/// earlier one: <c>P(line | CPV)</c>, the share of the contracts in the code's CPV group that companies of the line
/// won, × a fixed region fit (1 in the need's NUTS 3 region, 0.15 elsewhere in its NUTS 2 area, 0.05 further, 0.1
/// for a town of unknown region) × how much more often all winners have the company's form and age band than the
/// field. Only the lines that win the code are read, so a need costs milliseconds even with a national register.
/// </summary>
public sealed class PotentialSupplierRanker
{
    /// <summary>Contracts a CPV group needs before it speaks for itself rather than through its division.</summary>
    public const int MinGroupContracts = 5;

    /// <summary>First-time winners the lifts need before they replace the all-winner table and the fixed region fit.</summary>
    public const int MinFirstWins = 50;

    private static readonly double[] FixedRegionFit = [1.0, 0.15, 0.05, 0.1];

    private static readonly int[] AgeBands = [1, 3, 10];

    private readonly Dictionary<string, Dictionary<string, int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, string Line, string Region), int> _byKeyRegion = [];
    private readonly Dictionary<string, LineField> _byLine;
    private readonly Dictionary<string, string?> _lineNames;
    private readonly Dictionary<string, double> _formLift;
    private readonly double[] _ageLift;
    private readonly DateOnly _asOf;
    private readonly NewcomerLifts? _learned;

    /// <summary>Prepares the field for ranking.</summary>
    /// <param name="snapshot">The stored field.</param>
    public PotentialSupplierRanker(RegisterFieldSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _asOf = DateOnly.FromDateTime(snapshot.BuiltAt.UtcDateTime);
        foreach (var cell in snapshot.Wins)
        {
            foreach (var key in new[] { cell.CpvGroup, cell.CpvGroup[..2] })
            {
                var lines = _byKey.TryGetValue(key, out var found) ? found : _byKey[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                lines[cell.LineCode] = lines.GetValueOrDefault(cell.LineCode) + cell.Contracts;
                if (cell.Region is not null)
                {
                    var regional = (key, cell.LineCode, cell.Region);
                    _byKeyRegion[regional] = _byKeyRegion.GetValueOrDefault(regional) + cell.Contracts;
                }
            }
        }

        _lineNames = snapshot.Lines.ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal);
        var candidates = snapshot.Companies.Select(c => new Candidate(c, c.City is null ? null : snapshot.TownRegions.GetValueOrDefault(c.City.ToUpperInvariant()), Band(c.RegisteredOn, _asOf))).ToList();
        if (snapshot.FirstWins is { Count: >= MinFirstWins } firstWins)
        {
            var field = candidates.Where(c => c.Company.RegisteredOn is not { } on || on <= _asOf).Select(c => (c.Company.LineCode, c.Company.Form ?? string.Empty, c.AgeBand, c.Region)).ToList();
            _learned = NewcomerLifts.Learn(firstWins, field, snapshot.TownRegions, Band, AgeBands.Length + 2);
            _formLift = new Dictionary<string, double>(_learned.FormLift, StringComparer.Ordinal);
            _ageLift = [.. _learned.AgeLift];
        }
        else
        {
            var winners = candidates.Where(c => c.Company.ContractsWon > 0).ToList();
            _formLift = candidates.Select(c => c.Company.Form ?? string.Empty).Distinct(StringComparer.Ordinal).ToDictionary(
                f => f,
                f => Lift(winners.Count(c => (c.Company.Form ?? string.Empty) == f), winners.Count, candidates.Count(c => (c.Company.Form ?? string.Empty) == f), candidates.Count),
                StringComparer.Ordinal);
            _ageLift = [.. Enumerable.Range(0, AgeBands.Length + 2).Select(b => Lift(winners.Count(c => c.AgeBand == b), winners.Count, candidates.Count(c => c.AgeBand == b), candidates.Count))];
        }

        _byLine = candidates
            .Where(c => c.Company.RegisteredOn is not { } on || on <= _asOf)
            .GroupBy(c => c.Company.LineCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LineField.Of(g, c => _formLift.GetValueOrDefault(c.Company.Form ?? string.Empty, 1.0) * _ageLift[c.AgeBand]), StringComparer.Ordinal);
        Companies = candidates.Count;
    }

    /// <summary>Companies in the field, winners included.</summary>
    public int Companies { get; }

    /// <summary>First-time winners the ranking learned from; 0 when it uses the all-winner table and fixed region fit.</summary>
    public int FirstWinExamples => _learned?.Examples ?? 0;

    /// <summary>
    /// The potential suppliers for CPV codes (the buyer's, or those read from the need's text) and an optional
    /// NUTS region: companies with at most <paramref name="maxContractsWon"/> won contracts, registered by the
    /// field's date, best first.
    /// </summary>
    public PotentialSuppliers Rank(IReadOnlyList<string> cpvCodes, string? region, int top, int maxContractsWon)
    {
        ArgumentNullException.ThrowIfNull(cpvCodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var codes = cpvCodes.Where(c => c.Length >= 2 && c[..2].All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return PotentialSuppliers.None(cpvCodes, Notes(t => t.NoCpv));
        }

        // P(line | CPV), averaged over the codes, with the basis (group or division) each line's counts come from,
        // and the weight the line ranks with: the learned line lift, else that share.
        var lineShare = new Dictionary<string, (double Share, string Basis, double Weight)>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var division = code[..2];
            if (!_byKey.TryGetValue(division, out var divisionLines))
            {
                continue;
            }

            var divisionTotal = divisionLines.Values.Sum();
            var general = code.Length < 3 || code[2..].All(c => c == '0');
            var basis = !general && _byKey.TryGetValue(code[..3], out var groupLines) && groupLines.Values.Sum() >= MinGroupContracts ? code[..3] : division;
            var lines = _byKey[basis];
            var total = lines.Values.Sum();
            foreach (var (line, count) in divisionLines)
            {
                var share = (lines.GetValueOrDefault(line) + ((double)count / divisionTotal)) / (total + 1.0) / codes.Count;
                var weight = _learned is null ? share : _learned.LineLift(line, code, (double)count / divisionTotal) / codes.Count;
                var sum = lineShare.GetValueOrDefault(line);
                lineShare[line] = (sum.Share + share, basis, sum.Weight + weight);
            }
        }

        if (lineShare.Count == 0)
        {
            return PotentialSuppliers.None(codes, Notes(t => t.NoCandidates));
        }

        // Only the best `top` are kept (a min-heap). Within a line, the score is the line's share × the region
        // fit × the company's lifts; the region fit takes one value per region list, and each list is sorted by
        // lift, so the first `top` eligible companies of each list are all that can make the top.
        var heap = new PriorityQueue<Candidate, (double Score, string Id)>(top + 1, Worse.Instance);
        var considered = 0;
        var best = 0.0;
        foreach (var (line, (_, _, weight)) in lineShare)
        {
            if (!_byLine.TryGetValue(line, out var field))
            {
                continue;
            }

            considered += field.Eligible(maxContractsWon);
            foreach (var list in field.Lists(region))
            {
                var fit = region is null ? 1.0 : (_learned?.RegionLift ?? FixedRegionFit)[NewcomerLifts.Relation(list.Region, region)];
                var taken = 0;
                foreach (var (candidate, lift) in list.Candidates)
                {
                    if (taken == top)
                    {
                        break;
                    }

                    if (candidate.Company.ContractsWon > maxContractsWon)
                    {
                        continue;
                    }

                    taken++;
                    var score = weight * fit * lift;
                    best = Math.Max(best, score);
                    heap.Enqueue(candidate, (score, candidate.Company.BusinessId));
                    if (heap.Count > top)
                    {
                        heap.Dequeue();
                    }
                }
            }
        }

        var scored = new List<(Candidate Candidate, double Score)>(heap.Count);
        while (heap.TryDequeue(out var candidate, out var priority))
        {
            scored.Add((candidate, priority.Score));
        }

        scored.Reverse();
        best = best > 0 ? best : 1.0;
        var result = scored.Take(top).Select((s, i) =>
        {
            var (share, basis, _) = lineShare[s.Candidate.Company.LineCode];
            return Describe(i + 1, s.Candidate, s.Score / best, (share, basis), region);
        }).ToList();
        return new PotentialSuppliers(result, codes, considered, result.Count == 0 ? Notes(t => t.NoCandidates) : null);
    }

    private PotentialSupplier Describe(int rank, Candidate candidate, double score, (double Share, string Basis) line, string? region)
    {
        var company = candidate.Company;
        var inRegion = region is null ? 0 : _byKeyRegion.GetValueOrDefault((line.Basis, company.LineCode, region));
        var anywhere = _byKey[line.Basis].GetValueOrDefault(company.LineCode);
        var lineLabel = _lineNames.GetValueOrDefault(company.LineCode) is { } name ? company.LineCode + " " + name : company.LineCode;
        var town = company.City is null ? "?" : Town(company.City);
        var because = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var t in FieldText.All)
        {
            var sentences = new List<string>(3)
            {
                inRegion > 0 ? FieldText.Format(t.LineWonInRegion, lineLabel, inRegion)
                    : anywhere > 0 ? FieldText.Format(t.LineWonInFinland, lineLabel, anywhere)
                    : FieldText.Format(t.LineNeverWon, lineLabel),
                company.RegisteredOn is { } on ? FieldText.Format(t.Registered, on.Year, town, lineLabel) : FieldText.Format(t.RegisteredNoYear, town, lineLabel),
            };
            if (company.ContractsWon > 0)
            {
                sentences.Add(FieldText.Format(t.WonLittle, company.ContractsWon));
            }

            because[t.Lang] = sentences;
        }

        return new PotentialSupplier(
            rank, company.BusinessId, company.Name, company.LineCode, _lineNames.GetValueOrDefault(company.LineCode), company.City is null ? null : Town(company.City), candidate.Region,
            company.RegisteredOn?.Year, company.Form, company.ContractsWon, Math.Round(score, 4),
            new PotentialEvidence(Math.Round(line.Share, 4), inRegion, anywhere, line.Basis, region is not null && candidate.Region == region, because));
    }

    /// <summary>How much more often winners fall in a class than the field does, with one pseudo-count each side.</summary>
    private static double Lift(int winnersIn, int winners, int allIn, int all) =>
        ((winnersIn + 1.0) / (winners + 2.0)) / ((allIn + 1.0) / (all + 2.0));

    /// <summary>Registration age band at a date: under 1, 3 or 10 years, older, unknown.</summary>
    private static int Band(DateOnly? registered, DateOnly at)
    {
        if (registered is not { } on)
        {
            return AgeBands.Length + 1;
        }

        var years = (at.DayNumber - on.DayNumber) / 365.25;
        var band = 0;
        while (band < AgeBands.Length && years >= AgeBands[band])
        {
            band++;
        }

        return band;
    }

    private static string Town(string city) => city.Length <= 1 ? city : city[..1] + city[1..].ToLowerInvariant();

    private static Dictionary<string, string> Notes(Func<FieldText, string> pick) => FieldText.All.ToDictionary(t => t.Lang, pick, StringComparer.Ordinal);

    private sealed record Candidate(RegisterFieldCompany Company, string? Region, int AgeBand);

    /// <summary>One region's companies of a line (null: town of unknown region), best lift first, then business id.</summary>
    private sealed record RegionList(string? Region, (Candidate Candidate, double Lift)[] Candidates);

    /// <summary>A line's companies, by region and all together, and their won-contract counts in order.</summary>
    private sealed class LineField
    {
        private readonly RegionList _all;
        private readonly RegionList[] _regions;
        private readonly int[] _contractsWon;

        private LineField(RegionList all, RegionList[] regions, int[] contractsWon)
        {
            _all = all;
            _regions = regions;
            _contractsWon = contractsWon;
        }

        public static LineField Of(IEnumerable<Candidate> candidates, Func<Candidate, double> lift)
        {
            var sorted = candidates
                .Select(c => (Candidate: c, Lift: lift(c)))
                .OrderByDescending(c => c.Lift)
                .ThenBy(c => c.Candidate.Company.BusinessId, StringComparer.Ordinal)
                .ToArray();
            var regions = sorted.GroupBy(c => c.Candidate.Region, StringComparer.Ordinal).Select(g => new RegionList(g.Key, [.. g])).ToArray();
            var won = sorted.Select(c => c.Candidate.Company.ContractsWon).Order().ToArray();
            return new LineField(new RegionList(null, sorted), regions, won);
        }

        /// <summary>The lists to read for a need's region: every region apart, or with no region all in one.</summary>
        public RegionList[] Lists(string? region) => region is null ? [_all] : _regions;

        /// <summary>Companies with at most <paramref name="maxContractsWon"/> won contracts.</summary>
        public int Eligible(int maxContractsWon)
        {
            var index = Array.BinarySearch(_contractsWon, maxContractsWon + 1);
            if (index < 0)
            {
                return ~index;
            }

            while (index > 0 && _contractsWon[index - 1] == maxContractsWon + 1)
            {
                index--;
            }

            return index;
        }
    }

    /// <summary>Orders the heap so the worst is on top: lower score, then the later business id.</summary>
    private sealed class Worse : IComparer<(double Score, string Id)>
    {
        public static readonly Worse Instance = new();

        public int Compare((double Score, string Id) x, (double Score, string Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Id, x.Id);
    }
}
