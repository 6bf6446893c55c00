using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.SupplierField;

/// <summary>
/// Keeps the potential supplier field with the supplier profile build. From the winners' own register data it
/// learns which lines of business win which CPV groups (<see cref="LineWins"/>: contracts by CPV group, the
/// winner's TOL main line and home region) and which region each post town lies in; then it reads from the
/// register (<c>GET /companies?mainBusinessLine=</c>, paged) every company of each line that has won at least
/// <see cref="BrokerOptions.FieldMinLineContracts"/> contracts, oldest read first, within
/// <see cref="BrokerOptions.MaxRegisterFieldCallsPerBuild"/> pages and <see cref="PrhOptions.RefreshAge"/>.
/// A snapshot, not per-need register calls: a need is answered in milliseconds from memory, while the register
/// answers 100 companies a call at <c>Prh__MinInterval</c> apart (a national line of 10,000 companies is 100 calls).
/// </summary>
public sealed class RegisterFieldBuilder(CompanyRegister register, IRegisterFieldStore store, IOptions<BrokerOptions> options, IOptions<PrhOptions> prh, TimeProvider time, ILogger<RegisterFieldBuilder> logger)
{
    /// <summary>How long after the earliest harvested contract a company's first contract counts as a first-time win.</summary>
    public static readonly TimeSpan FirstWinBurnIn = TimeSpan.FromDays(180);

    /// <summary>Learns the table from the profiles, refreshes stale lines from the register and stores the field.</summary>
    /// <returns>The stored snapshot and the register calls made.</returns>
    public async Task<(RegisterFieldSnapshot Snapshot, int Calls)> BuildAsync(IReadOnlyList<SupplierProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var now = time.GetUtcNow();
        var wins = Learn(profiles);
        var towns = TownRegions(profiles);
        var settings = options.Value;
        var previous = await store.GetAsync(cancellationToken);
        var lineNames = profiles.Where(p => p.Register is { Found: true, MainBusinessLineCode: not null }).GroupBy(p => p.Register!.MainBusinessLineCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Register!.MainBusinessLine).FirstOrDefault(n => n is not null), StringComparer.Ordinal);
        var wanted = wins.GroupBy(w => w.LineCode, StringComparer.Ordinal).Where(g => g.Sum(w => w.Contracts) >= settings.FieldMinLineContracts)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var known = (previous?.Lines ?? []).ToDictionary(l => l.Code, StringComparer.Ordinal);
        var companies = (previous?.Companies ?? []).Where(c => wanted.Contains(c.LineCode, StringComparer.Ordinal)).GroupBy(c => c.LineCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lines = new List<RegisterFieldLine>(wanted.Count);
        var calls = 0;
        var refreshed = 0;

        // Lines never read come first, then the oldest and the incomplete ones.
        foreach (var code in wanted.OrderBy(c => known.TryGetValue(c, out var line) ? (line.Complete ? line.RetrievedAt : DateTimeOffset.MinValue.AddDays(1)) : DateTimeOffset.MinValue))
        {
            var fresh = known.TryGetValue(code, out var old) && old.Complete && now - old.RetrievedAt < prh.Value.RefreshAge;
            var budget = settings.MaxRegisterFieldCallsPerBuild - calls;
            if (fresh || budget <= 0)
            {
                lines.Add(old ?? new RegisterFieldLine(code, lineNames.GetValueOrDefault(code), DateTimeOffset.MinValue, false));
                continue;
            }

            try
            {
                var (found, used, complete) = await register.SearchByLineAsync(code, null, null, null, budget, cancellationToken);
                calls += used;
                refreshed++;
                companies[code] = [.. found.Where(c => c.Found && string.Equals(c.MainBusinessLineCode, code, StringComparison.Ordinal))
                    .Select(c => new RegisterFieldCompany(c.BusinessId, c.Name ?? c.BusinessId, code, c.City?.ToUpperInvariant(), c.CompanyForm, c.RegisteredOn, 0))];
                lines.Add(new RegisterFieldLine(code, found.Select(c => c.MainBusinessLine).FirstOrDefault(n => n is not null) ?? lineNames.GetValueOrDefault(code), now, complete));
            }
            catch (Exception ex) when (ex is HttpRequestException or Refit.ApiExceptionBase or TimeoutException or Polly.Timeout.TimeoutRejectedException)
            {
                // The field is an enrichment: a failed line keeps what it had and is read again by the next build.
                Log.FieldLineFailed(logger, code, ex);
                lines.Add(old ?? new RegisterFieldLine(code, lineNames.GetValueOrDefault(code), DateTimeOffset.MinValue, false));
            }
        }

        // Winners are in the field with their contract count, so "never won" and "won little" can be told apart.
        var won = profiles.Where(p => p.BusinessId is not null).GroupBy(p => p.BusinessId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Contracts.Count), StringComparer.Ordinal);
        var all = companies.Values.SelectMany(c => c).Select(c => c with { ContractsWon = won.GetValueOrDefault(c.BusinessId) }).ToList();
        var held = all.Select(c => c.BusinessId).ToHashSet(StringComparer.Ordinal);
        all.AddRange(profiles.Where(p => p.Register is { Found: true, MainBusinessLineCode: not null } && !held.Contains(p.Register.BusinessId) && wanted.Contains(p.Register.MainBusinessLineCode, StringComparer.Ordinal))
            .Select(p => new RegisterFieldCompany(p.Register!.BusinessId, p.Register.Name ?? p.Name, p.Register.MainBusinessLineCode!, p.Register.City?.ToUpperInvariant(), p.Register.CompanyForm, p.Register.RegisteredOn, won.GetValueOrDefault(p.Register.BusinessId))));
        all.Sort((a, b) => string.CompareOrdinal(a.BusinessId, b.BusinessId));
        var snapshot = new RegisterFieldSnapshot(now, wins, lines.OrderBy(l => l.Code, StringComparer.Ordinal).ToList(), all, towns, FirstWins(profiles, settings.MaxContractsPerProfile));
        await store.SaveAsync(snapshot, cancellationToken);
        var incomplete = lines.Count(l => !l.Complete);
        Log.FieldBuilt(logger, lines.Count, refreshed, incomplete, all.Count, wins.Count, calls);
        return (snapshot, calls);
    }

    /// <summary>
    /// The learned table: for every won contract with a CPV code whose winner's register entry gives a main line,
    /// one count in (CPV group, line, winner's home region).
    /// </summary>
    public static IReadOnlyList<LineWins> Learn(IReadOnlyList<SupplierProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var cells = new Dictionary<(string Group, string Line, string? Region), int>();
        foreach (var profile in profiles)
        {
            if (profile.Register is not { Found: true, MainBusinessLineCode: { Length: > 0 } line })
            {
                continue;
            }

            var region = profile.HomeRegion ?? profile.MainRegion;
            foreach (var contract in profile.Contracts)
            {
                if (contract.Cpv is { Length: >= 3 } cpv)
                {
                    var key = (cpv[..3], line, region);
                    cells[key] = cells.GetValueOrDefault(key) + 1;
                }
            }
        }

        return [.. cells.Select(c => new LineWins(c.Key.Group, c.Key.Line, c.Key.Region, c.Value))
            .OrderBy(c => c.CpvGroup, StringComparer.Ordinal).ThenBy(c => c.LineCode, StringComparer.Ordinal).ThenBy(c => c.Region, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The examples first-time winners are learned from: each company's first won contract, with its register
    /// data, when it came at least <see cref="FirstWinBurnIn"/> after the earliest contract harvested (earlier
    /// "first" contracts may only be the harvest's start). A profile holding <paramref name="maxContractsPerProfile"/>
    /// contracts has lost its oldest ones and is left out.
    /// </summary>
    public static IReadOnlyList<FirstWin> FirstWins(IReadOnlyList<SupplierProfile> profiles, int maxContractsPerProfile)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var contracts = profiles.SelectMany(p => p.Contracts).ToList();
        if (contracts.Count == 0)
        {
            return [];
        }

        var from = contracts.Min(c => c.AwardedOn) + FirstWinBurnIn;
        var wins = new List<FirstWin>();
        foreach (var profile in profiles)
        {
            if (profile.Register is not { Found: true, MainBusinessLineCode: { Length: > 0 } line } register || profile.Contracts.Count is 0 || profile.Contracts.Count >= maxContractsPerProfile)
            {
                continue;
            }

            var first = profile.Contracts.OrderBy(c => c.AwardedOn).ThenBy(c => c.NoticeKey, StringComparer.Ordinal).ThenBy(c => c.LotId, StringComparer.Ordinal).First();
            if (first.AwardedOn >= from && first.Cpv is { Length: >= 2 } cpv)
            {
                wins.Add(new FirstWin(cpv, line, register.CompanyForm, register.RegisteredOn, register.City?.ToUpperInvariant(), profile.HomeRegion, first.Region, DateOnly.FromDateTime(first.AwardedOn.UtcDateTime)));
            }
        }

        return [.. wins.OrderBy(w => w.AwardedOn).ThenBy(w => w.Cpv, StringComparer.Ordinal).ThenBy(w => w.LineCode, StringComparer.Ordinal)];
    }

    /// <summary>Post town (upper case) to the NUTS 3 region most of its winners' notices give as their own (BT-507).</summary>
    public static IReadOnlyDictionary<string, string> TownRegions(IReadOnlyList<SupplierProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return profiles.Where(p => p.Register?.City is not null && p.HomeRegion is not null)
            .GroupBy(p => p.Register!.City!.ToUpperInvariant(), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.HomeRegion!, StringComparer.Ordinal).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);
    }
}
