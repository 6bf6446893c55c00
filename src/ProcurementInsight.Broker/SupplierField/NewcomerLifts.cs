using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.SupplierField;

/// <summary>
/// What first-time winners look like against the field they came from, learned from the companies' first won
/// contracts (<see cref="FirstWin"/>): one lift table per register attribute, each the winners' count in a class
/// over the count expected if winners were drawn from the field at random, with one pseudo-count each side
/// (no examples: every lift 1). The classes are the company form, the registration age band at the award, the
/// region relation to the buyer (same NUTS 3 region, same NUTS 2 area, further, unknown town) and the line of
/// business given the contract's CPV code, smoothed down the CPV tree: division ← group ← class, each level
/// pulled toward the one above with <see cref="TreePseudoCount"/> pseudo-examples, the division toward the share of
/// all contracts the line won there. Multiplied together they rank companies as a naive Bayes model would.
/// </summary>
internal sealed class NewcomerLifts
{
    /// <summary>Pseudo-examples a CPV level's line shares are pulled toward the level above with.</summary>
    public const double TreePseudoCount = 5.0;

    /// <summary>Region relation classes: same NUTS 3 region, same NUTS 2 area, further, town of unknown region.</summary>
    public const int SameRegion = 0, SameArea = 1, Further = 2, UnknownRegion = 3;

    private readonly Dictionary<string, Dictionary<string, int>> _firstByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstTotals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _lineFieldShare;

    private NewcomerLifts(int examples, Dictionary<string, double> formLift, double[] ageLift, double[] regionLift, Dictionary<string, double> lineFieldShare)
    {
        Examples = examples;
        FormLift = formLift;
        AgeLift = ageLift;
        RegionLift = regionLift;
        _lineFieldShare = lineFieldShare;
    }

    /// <summary>First-time winners learned from.</summary>
    public int Examples { get; }

    /// <summary>Lift by company form ("" for none).</summary>
    public IReadOnlyDictionary<string, double> FormLift { get; }

    /// <summary>Lift by registration age band (see <see cref="PotentialSupplierRanker"/>).</summary>
    public IReadOnlyList<double> AgeLift { get; }

    /// <summary>Lift by region relation to the buyer.</summary>
    public IReadOnlyList<double> RegionLift { get; }

    /// <summary>Learns the tables from first wins against the field's companies.</summary>
    /// <param name="firstWins">The examples.</param>
    /// <param name="field">Every company of the field as (line, form, age band, NUTS 3 region or null).</param>
    /// <param name="townRegions">Post town (upper case) to NUTS 3 region.</param>
    /// <param name="band">A registration date's age band at a date.</param>
    /// <param name="bands">Number of age bands.</param>
    public static NewcomerLifts Learn(
        IReadOnlyList<FirstWin> firstWins,
        IReadOnlyList<(string Line, string Form, int AgeBand, string? Region)> field,
        IReadOnlyDictionary<string, string> townRegions,
        Func<DateOnly?, DateOnly, int> band,
        int bands)
    {
        var n = (double)Math.Max(1, field.Count);
        var formField = field.GroupBy(c => c.Form, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / n, StringComparer.Ordinal);
        var ageField = new double[bands];
        var byRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = 0;
        foreach (var company in field)
        {
            ageField[company.AgeBand] += 1 / n;
            if (company.Region is null)
            {
                unknown++;
            }
            else
            {
                byRegion[company.Region] = byRegion.GetValueOrDefault(company.Region) + 1;
            }
        }

        var byArea = byRegion.GroupBy(r => Area(r.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Value), StringComparer.Ordinal);
        var formSeen = new Dictionary<string, double>(StringComparer.Ordinal);
        var ageSeen = new double[bands];
        var regionSeen = new double[4];
        var regionExpected = new double[4];
        foreach (var win in firstWins)
        {
            var form = win.Form ?? string.Empty;
            formSeen[form] = formSeen.GetValueOrDefault(form) + 1;
            ageSeen[band(win.RegisteredOn, win.AwardedOn)]++;
            if (win.BuyerRegion is { } buyer)
            {
                var home = win.City is not null && townRegions.TryGetValue(win.City, out var town) ? town : win.HomeRegion;
                regionSeen[Relation(home, buyer)]++;
                var same = byRegion.GetValueOrDefault(buyer);
                var area = byArea.GetValueOrDefault(Area(buyer));
                regionExpected[SameRegion] += same / n;
                regionExpected[SameArea] += (area - same) / n;
                regionExpected[UnknownRegion] += unknown / n;
                regionExpected[Further] += (field.Count - area - unknown) / n;
            }
        }

        var examples = firstWins.Count;
        var formLift = formField.ToDictionary(f => f.Key, f => Lift(formSeen.GetValueOrDefault(f.Key), examples * f.Value), StringComparer.Ordinal);
        var ageLift = Enumerable.Range(0, bands).Select(b => Lift(ageSeen[b], examples * ageField[b])).ToArray();
        var regionLift = Enumerable.Range(0, 4).Select(r => Lift(regionSeen[r], regionExpected[r])).ToArray();
        var lineShare = field.GroupBy(c => c.Line, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / n, StringComparer.Ordinal);
        var lifts = new NewcomerLifts(examples, formLift, ageLift, regionLift, lineShare);
        foreach (var win in firstWins)
        {
            foreach (var key in Levels(win.Cpv))
            {
                var lines = lifts._firstByKey.TryGetValue(key, out var found) ? found : lifts._firstByKey[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                lines[win.LineCode] = lines.GetValueOrDefault(win.LineCode) + 1;
                lifts._firstTotals[key] = lifts._firstTotals.GetValueOrDefault(key) + 1;
            }
        }

        return lifts;
    }

    /// <summary>
    /// How much likelier a company of <paramref name="line"/> is to be a code's first-time winner than a company of
    /// the field at random: <c>P(line | first-time winner of the code) / P(line in the field)</c>.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="code">The need's CPV code.</param>
    /// <param name="divisionPrior">The line's share of all contracts won in the code's division.</param>
    public double LineLift(string line, string code, double divisionPrior)
    {
        var fieldShare = _lineFieldShare.GetValueOrDefault(line);
        if (fieldShare <= 0)
        {
            return 0;
        }

        var p = divisionPrior;
        foreach (var key in Levels(code))
        {
            var count = _firstByKey.TryGetValue(key, out var lines) ? lines.GetValueOrDefault(line) : 0;
            p = (count + (TreePseudoCount * p)) / (_firstTotals.GetValueOrDefault(key) + TreePseudoCount);
        }

        return p / fieldShare;
    }

    /// <summary>A company's region relation to the buyer's.</summary>
    public static int Relation(string? company, string need) =>
        company is null ? UnknownRegion
        : string.Equals(company, need, StringComparison.Ordinal) ? SameRegion
        : string.Equals(Area(company), Area(need), StringComparison.Ordinal) ? SameArea
        : Further;

    /// <summary>The NUTS 2 area of a NUTS 3 code (its first four characters).</summary>
    private static string Area(string region) => region.Length >= 4 ? region[..4] : region;

    /// <summary>The CPV levels a code speaks for: its division, its group unless general there, its class likewise.</summary>
    private static IEnumerable<string> Levels(string code)
    {
        if (code.Length < 2)
        {
            yield break;
        }

        yield return code[..2];
        if (code.Length >= 3 && code[2] != '0')
        {
            yield return code[..3];
            if (code.Length >= 4 && code[3] != '0')
            {
                yield return code[..4];
            }
        }
    }

    private static double Lift(double seen, double expected) => (seen + 1.0) / (expected + 1.0);
}
