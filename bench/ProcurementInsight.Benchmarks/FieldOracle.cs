using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// The ceiling of first-time-winner recall in the simulated world: each company's true probability of being drawn
/// as a lot's newcomer, from the simulator's own draw (<see cref="RegisterPopulation.DrawNewcomer"/>): a company
/// of a line that wins the lot's division, not one of the corpus's suppliers, weighted by the line's fit to the
/// lot's CPV code, its form (limited companies 1, limited partnerships 0.3, sole traders 0.06) and its age at the
/// award (under a year 0.15, under three 0.5); three draws in four from the buyer's NUTS 3 region, the rest from
/// the whole country. Bench only: the service never reads it.
/// </summary>
internal sealed class FieldOracle
{
    private const double LocalShare = 0.75;

    private readonly string[] _line;
    private readonly string?[] _nuts;
    private readonly double[] _formWeight;
    private readonly DateOnly[] _registered;
    private readonly string[] _id;
    private readonly Dictionary<string, int[]> _pools = new(StringComparer.Ordinal);

    public FieldOracle(RegisterPopulation register)
    {
        var count = register.Count;
        _line = new string[count];
        _nuts = new string?[count];
        _formWeight = new double[count];
        _registered = new DateOnly[count];
        _id = new string[count];
        for (var i = register.WinnerCount; i < count; i++)
        {
            var company = register[i];
            _line[i] = company.Line.Code;
            _nuts[i] = company.Nuts;
            _formWeight[i] = company.Form switch
            {
                RegisterPopulation.LimitedCompany or RegisterPopulation.PublicLimitedCompany => 1.0,
                RegisterPopulation.LimitedPartnership => 0.3,
                _ => 0.06,
            };
            _registered[i] = company.RegisteredOn;
            _id[i] = company.BusinessId;
        }

        foreach (var (division, lines) in BusinessLines.ByDivision)
        {
            _pools[division] = [.. lines.SelectMany(l => register.WithLine(l.Code)).Where(i => i >= register.WinnerCount).Distinct().Order()];
        }
    }

    /// <summary>The draw of one lot: its division's pool with each company's weight, and the local and national totals.</summary>
    public Draw? For(string cpv, string buyerNuts, DateOnly on)
    {
        if (cpv.Length < 2 || !BusinessLines.ByDivision.TryGetValue(cpv[..2], out var lines))
        {
            return null;
        }

        var fits = lines.ToDictionary(l => l.Code, l => BusinessLines.Fit(l, cpv), StringComparer.Ordinal);
        var pool = _pools[cpv[..2]];
        var weights = new double[pool.Length];
        double local = 0, all = 0;
        for (var k = 0; k < pool.Length; k++)
        {
            var i = pool[k];
            var age = on.DayNumber - _registered[i].DayNumber;
            var w = age <= 0 ? 0.0 : fits[_line[i]] * _formWeight[i] * (age < 365 ? 0.15 : age < 3 * 365 ? 0.5 : 1.0);
            weights[k] = w;
            all += w;
            local += string.Equals(_nuts[i], buyerNuts, StringComparison.Ordinal) ? w : 0;
        }

        return new Draw(this, pool, weights, buyerNuts, local, all);
    }

    /// <summary>One lot's newcomer draw.</summary>
    internal sealed class Draw(FieldOracle oracle, int[] pool, double[] weights, string buyerNuts, double local, double all)
    {
        private readonly Dictionary<string, double> _byId = BuildIndex(oracle, pool, weights, buyerNuts, local, all);

        /// <summary>The true probability that a company is the lot's newcomer (0 outside the pool).</summary>
        public double Probability(string businessId) => _byId.GetValueOrDefault(businessId);

        /// <summary>The <paramref name="top"/> eligible companies by true probability (ties by business id), and their summed probability.</summary>
        public (IReadOnlyList<string> Ids, double Mass) Best(Func<string, bool> eligible, int top)
        {
            var best = _byId.Where(p => p.Value > 0 && eligible(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).ToList();
            return ([.. best.Select(p => p.Key)], best.Sum(p => p.Value));
        }

        private static Dictionary<string, double> BuildIndex(FieldOracle oracle, int[] pool, double[] weights, string buyerNuts, double local, double all)
        {
            var byId = new Dictionary<string, double>(pool.Length, StringComparer.Ordinal);
            for (var k = 0; k < pool.Length; k++)
            {
                var i = pool[k];
                var isLocal = string.Equals(oracle._nuts[i], buyerNuts, StringComparison.Ordinal);

                // The simulator falls back to the national pool when the region has none of the division's companies.
                var p = local > 0
                    ? (LocalShare * (isLocal ? weights[k] / local : 0)) + ((1 - LocalShare) * weights[k] / all)
                    : weights[k] / all;
                byId[oracle._id[i]] = p;
            }

            return byId;
        }
    }
}
