using System.Globalization;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The simulated Finnish company register: the HILMA simulator's own Finnish suppliers plus every other
/// enterprise, <see cref="EnterpriseCount"/> in all (Statistics Finland counts 300–400 thousand enterprises),
/// most of which never win a public contract. Winners and non-winners share the same lines of business
/// (<see cref="BusinessLines"/>), towns, company forms and registration dates; non-winners are younger on
/// average and more often sole traders. Built from its own seeded stream, so the corpus's other draws stay as
/// they were. Compact: one entry is a few array slots; names are made on demand from a per-company seed.
/// </summary>
public sealed class RegisterPopulation
{
    /// <summary>Enterprises in the register, winners included (an assumed figure inside Statistics Finland's range).</summary>
    public const int EnterpriseCount = 370_000;

    /// <summary>Company form codes of the PRH/YTJ code list.</summary>
    public const string LimitedCompany = "16";

    /// <summary>Public limited company.</summary>
    public const string PublicLimitedCompany = "17";

    /// <summary>Limited partnership.</summary>
    public const string LimitedPartnership = "13";

    /// <summary>Sole trader (yksityinen elinkeinonharjoittaja).</summary>
    public const string SoleTrader = "14";

    /// <summary>Share of newcomers drawn from the buyer's own NUTS 3 region; the rest come from anywhere.</summary>
    private const double LocalNewcomerShare = 0.75;

    private static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly string[] GenericWords = ["Palvelu", "Trading", "Group", "Yhtiöt", "Kauppa", "Works", "Invest", "Tuote", "Design", "Consulting"];

    private static readonly Dictionary<string, IReadOnlyList<string>> LineWords = BusinessLines.ByDivision
        .SelectMany(d => d.Value.Select(l => (Line: l.Code, Words: TextCatalog.Divisions.First(c => c.Code == d.Key).SupplierWords)))
        .GroupBy(x => x.Line, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Words, StringComparer.Ordinal);

    private readonly string[] _ids;
    private readonly short[] _line;
    private readonly byte[] _town;
    private readonly string[] _form;
    private readonly DateOnly[] _registered;
    private readonly int[] _nameSeed;
    private readonly SimulatedSupplier?[] _winners;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, int[]> _byLine;
    private readonly Dictionary<string, int[]> _divisionPool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _divisionRegionPool = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Town> _towns;

    internal RegisterPopulation(int seed, IReadOnlyList<SimulatedSupplier> suppliers, IReadOnlyList<Town> towns, HashSet<string> usedIds)
    {
        _towns = towns;
        var finnish = suppliers.Where(s => s.IsFinnish).ToArray();
        var count = Math.Max(EnterpriseCount, finnish.Length);
        _ids = new string[count];
        _line = new short[count];
        _town = new byte[count];
        _form = new string[count];
        _registered = new DateOnly[count];
        _nameSeed = new int[count];
        _winners = new SimulatedSupplier?[count];
        _byId = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var lineIndex = new Dictionary<string, short>(StringComparer.Ordinal);
        for (var i = 0; i < BusinessLines.All.Count; i++)
        {
            lineIndex[BusinessLines.All[i].Code] = (short)i;
        }

        var townIndex = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < towns.Count; i++)
        {
            townIndex.TryAdd(towns[i].Name, (byte)i);
        }

        // The suppliers the corpus names as winners: their line follows their division's mix, fitted to what they mostly deliver.
        var divisions = TextCatalog.Divisions;
        for (var i = 0; i < finnish.Length; i++)
        {
            var supplier = finnish[i];
            var random = new Random(SimulatedCorpus.Mix(unchecked(seed ^ 0x7E61), i));
            var division = divisions.First(d => d.Code == supplier.Division);
            var primary = supplier.Specialties.Count > 0 ? division.Objects[supplier.Specialties[0]].Cpv : null;
            _ids[i] = supplier.CompanyId;
            _line[i] = lineIndex[BusinessLines.Draw(random, supplier.Division, primary)];
            _town[i] = townIndex.GetValueOrDefault(supplier.City);
            _form[i] = supplier.Name.EndsWith(" Oyj", StringComparison.Ordinal) ? PublicLimitedCompany
                : supplier.Name.EndsWith(" Ky", StringComparison.Ordinal) ? LimitedPartnership
                : LimitedCompany;
            _registered[i] = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 48 * 365));
            _winners[i] = supplier;
            _byId[supplier.CompanyId] = i;
        }

        WinnerCount = finnish.Length;
        var shares = new double[BusinessLines.All.Count];
        var total = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            total += BusinessLines.All[i].Share;
            shares[i] = total;
        }

        var others = new Random(unchecked((seed * 7919) ^ 0x2E61573));
        for (var i = finnish.Length; i < count; i++)
        {
            var target = others.NextDouble() * total;
            var line = Array.BinarySearch(shares, target);
            _line[i] = (short)Math.Min(line < 0 ? ~line : line, shares.Length - 1);
            _town[i] = (byte)others.Next(towns.Count);
            _form[i] = others.NextDouble() switch
            {
                < 0.55 => LimitedCompany,
                < 0.62 => LimitedPartnership,
                < 0.622 => PublicLimitedCompany,
                _ => SoleTrader,
            };
            // Young firms are many: registration age exponential with a mean of 12 years, none before 1950.
            var years = Math.Min(75.0, -Math.Log(1.0 - others.NextDouble()) * 12.0);
            _registered[i] = Today.AddDays(-(int)(years * 365.25) - 1);
            _nameSeed[i] = others.Next();
            _ids[i] = OrganisationPopulation.NewBusinessId(others, usedIds);
            _byId[_ids[i]] = i;
        }

        _byLine = Enumerable.Range(0, count).GroupBy(i => BusinessLines.All[_line[i]].Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var (division, lines) in BusinessLines.ByDivision)
        {
            var pool = lines.SelectMany(l => _byLine.GetValueOrDefault(l.Code) ?? []).Where(i => i >= WinnerCount).Distinct().Order().ToArray();
            _divisionPool[division] = pool;
            foreach (var group in pool.GroupBy(i => towns[_town[i]].Nuts, StringComparer.Ordinal))
            {
                _divisionRegionPool[division + "|" + group.Key] = [.. group];
            }
        }
    }

    /// <summary>Companies in the register.</summary>
    public int Count => _ids.Length;

    /// <summary>The first <see cref="WinnerCount"/> companies are the corpus's own Finnish suppliers.</summary>
    public int WinnerCount { get; }

    /// <summary>The company at an index.</summary>
    public RegisterCompany this[int index]
    {
        get
        {
            var town = _towns[_town[index]];
            var line = BusinessLines.All[_line[index]];
            return new RegisterCompany(index, _ids[index], _winners[index]?.Name ?? Name(index, line), line, _winners[index]?.City ?? town.Name, _winners[index]?.Nuts ?? town.Nuts, _form[index], _registered[index], _winners[index] is not null);
        }
    }

    /// <summary>The index of a business id, or −1.</summary>
    public int IndexOf(string businessId) => _byId.GetValueOrDefault(businessId, -1);

    /// <summary>Indexes of the companies whose main line is <paramref name="code"/> (exact TOL code), in register order.</summary>
    public IReadOnlyList<int> WithLine(string code) => _byLine.GetValueOrDefault(code) ?? [];

    /// <summary>
    /// Draws a newcomer for a lot: a company that is not one of the corpus's suppliers, of a line that wins the
    /// lot's division (lines fitting the object's CPV four times as likely), registered before the award; three
    /// in four from the buyer's NUTS 3 region, the rest from anywhere. Weighted by company form (limited
    /// companies 1, limited partnerships 0.3, sole traders 0.06) and age (under a year 0.15, under three 0.5).
    /// </summary>
    public SimulatedSupplier DrawNewcomer(Random random, string division, string cpv, string buyerNuts, DateOnly awardedOn)
    {
        ArgumentNullException.ThrowIfNull(random);
        var local = random.NextDouble() < LocalNewcomerShare;
        var pool = local && _divisionRegionPool.TryGetValue(division + "|" + buyerNuts, out var regional) ? regional : _divisionPool[division];
        var fits = BusinessLines.ByDivision[division].ToDictionary(l => l.Code, l => BusinessLines.Fit(l, cpv), StringComparer.Ordinal);
        var weights = new double[pool.Length];
        var total = 0.0;
        for (var k = 0; k < pool.Length; k++)
        {
            var i = pool[k];
            var age = awardedOn.DayNumber - _registered[i].DayNumber;
            var weight = age <= 0 ? 0.0
                : fits[BusinessLines.All[_line[i]].Code]
                  * (_form[i] switch { LimitedCompany or PublicLimitedCompany => 1.0, LimitedPartnership => 0.3, _ => 0.06 })
                  * (age < 365 ? 0.15 : age < 3 * 365 ? 0.5 : 1.0);
            total += weight;
            weights[k] = total;
        }

        var index = Array.BinarySearch(weights, random.NextDouble() * total);
        var chosen = this[pool[Math.Min(index < 0 ? ~index : index, pool.Length - 1)]];
        return new SimulatedSupplier(chosen.Name, chosen.BusinessId, "FIN", chosen.City, chosen.Nuts, division) { Specialties = [], Innovativeness = 1.0, National = !local };
    }

    private string Name(int index, BusinessLine line)
    {
        var random = new Random(_nameSeed[index]);
        var words = LineWords.GetValueOrDefault(line.Code) ?? GenericWords;
        var word = words[random.Next(words.Count)];
        var stem = OrganisationPopulation.SupplierNames[random.Next(OrganisationPopulation.SupplierNames.Length)];
        var number = random.Next(2, 99).ToString(CultureInfo.InvariantCulture);
        return _form[index] switch
        {
            SoleTrader => "Tmi " + stem + " " + word,
            LimitedPartnership => stem + " " + word + " Ky",
            PublicLimitedCompany => stem + " " + word + " Oyj",
            _ => random.NextDouble() < 0.3 ? word + " " + stem + " " + number + " Oy" : stem + " " + word + " Oy",
        };
    }
}
