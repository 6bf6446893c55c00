using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Broker.Profiles;

/// <summary>
/// Builds supplier profiles from result notices: every winner (BT-500 name, BT-501 identifier) becomes or
/// joins a supplier. Winners are the same supplier when they share a Finnish business id (normalised, check
/// digit valid) or another published identifier; a winner without any identifier joins a business-id
/// supplier only when exactly one such supplier has the same normalised name, and the contract is flagged.
/// </summary>
public sealed class SupplierProfileBuilder
{
    private static readonly string[] Languages = ["FIN", "SWE", "ENG"];
    private static readonly char[] SentenceEnds = ['.', '\n', '!', '?', ';'];

    private readonly int _maxContracts;
    private readonly int _maxTextChars;

    /// <summary>Creates a builder with the profile size limits.</summary>
    public SupplierProfileBuilder(int maxContractsPerProfile, int maxTextCharsPerLanguage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxContractsPerProfile, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextCharsPerLanguage, 1);
        _maxContracts = maxContractsPerProfile;
        _maxTextChars = maxTextCharsPerLanguage;
    }

    /// <summary>Builds the profiles.</summary>
    /// <param name="notices">Harvested notices; only those with winners contribute.</param>
    /// <param name="surveyConfirmed">Keys of notices whose follow-up survey judged the procurement innovative.</param>
    public IReadOnlyList<SupplierProfile> Build(IEnumerable<Notice> notices, IReadOnlySet<string> surveyConfirmed)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(surveyConfirmed);
        var awards = new List<Award>();
        foreach (var notice in notices)
        {
            if (notice.Winners.Count == 0 || (notice.PublicationDate ?? notice.IssueDate) is not { } date)
            {
                continue;
            }

            foreach (var winner in notice.Winners)
            {
                if (string.IsNullOrWhiteSpace(winner.Name) && winner.Identifier is null)
                {
                    continue;
                }

                awards.Add(new Award(notice, winner, date));
            }
        }

        // Pass 1: identified winners; remember which business-id suppliers carry each normalised name.
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var keysByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var award in awards)
        {
            if (award.Winner.Identifier is not { } identifier)
            {
                continue;
            }

            var (key, identification) = identifier.BusinessId is { } businessId
                ? (businessId.Value, SupplierIdentification.BusinessId)
                : ("id:" + identifier.Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), SupplierIdentification.OtherIdentifier);
            GroupFor(groups, key, identification, identifier.BusinessId?.Value).Add(award, matchedByName: false);
            var name = SupplierNames.Normalise(award.Winner.Name);
            if (name.Length > 0 && identification == SupplierIdentification.BusinessId)
            {
                if (!keysByName.TryGetValue(name, out var keys))
                {
                    keys = new HashSet<string>(StringComparer.Ordinal);
                    keysByName[name] = keys;
                }

                keys.Add(key);
            }
        }

        // Pass 2: winners without an identifier join by name only when the name is unambiguous.
        foreach (var award in awards)
        {
            if (award.Winner.Identifier is not null)
            {
                continue;
            }

            var name = SupplierNames.Normalise(award.Winner.Name);
            if (name.Length == 0)
            {
                continue;
            }

            if (keysByName.TryGetValue(name, out var keys) && keys.Count == 1)
            {
                groups[keys.First()].Add(award, matchedByName: true);
            }
            else
            {
                GroupFor(groups, "name:" + name, SupplierIdentification.NameOnly, null).Add(award, matchedByName: false);
            }
        }

        return [.. groups.Values.Select(g => g.ToProfile(surveyConfirmed, _maxContracts, _maxTextChars)).OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static Group GroupFor(Dictionary<string, Group> groups, string key, SupplierIdentification identification, string? businessId)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new Group(key, identification, businessId);
            groups[key] = group;
        }

        return group;
    }

    private sealed record Award(Notice Notice, Winner Winner, DateTimeOffset Date);

    private sealed class Group(string key, SupplierIdentification identification, string? businessId)
    {
        private readonly List<(Award Award, bool MatchedByName)> _awards = [];

        public void Add(Award award, bool matchedByName) => _awards.Add((award, matchedByName));

        public SupplierProfile ToProfile(IReadOnlySet<string> surveyConfirmed, int maxContracts, int maxTextChars)
        {
            var ordered = _awards
                .OrderByDescending(a => a.Award.Date)
                .ThenBy(a => a.Award.Notice.Key, StringComparer.Ordinal)
                .ThenBy(a => a.Award.Winner.LotId, StringComparer.Ordinal)
                .ToList();

            // One contract per notice and lot: a winner listed twice for the same lot is one win.
            var seen = new HashSet<(string, string)>();
            var contracts = new List<WonContract>();
            var texts = Languages.ToDictionary(l => l, _ => new TextAccumulator(maxTextChars), StringComparer.Ordinal);
            foreach (var (award, matchedByName) in ordered)
            {
                var notice = award.Notice;
                if (!seen.Add((notice.Key, award.Winner.LotId)) || contracts.Count >= maxContracts)
                {
                    continue;
                }

                var lot = notice.Lots.FirstOrDefault(l => string.Equals(l.LotId, award.Winner.LotId, StringComparison.Ordinal));
                var languageOrder = notice.Languages.Concat(Languages).ToArray();
                var title = lot?.Title.Best(languageOrder) ?? notice.Title.Best(languageOrder) ?? notice.Key;
                var cpv = lot?.MainCpv ?? notice.MainCpv;
                var buyer = notice.Buyers.Count > 0 ? notice.Buyers[0] : null;
                var money = award.Winner.ContractValue;
                var innovation = notice.Innovation;
                contracts.Add(new WonContract(
                    notice.Key,
                    award.Winner.LotId,
                    title,
                    cpv?.Value,
                    buyer?.Name ?? string.Empty,
                    buyer?.Identifier?.Value,
                    buyer?.NutsCode,
                    money is not null && string.Equals(money.Currency, "EUR", StringComparison.OrdinalIgnoreCase) ? money.Amount : null,
                    award.Date,
                    innovation.NewToMarket,
                    innovation.Innovative,
                    surveyConfirmed.Contains(notice.Key),
                    matchedByName));
                foreach (var language in Languages)
                {
                    var accumulator = texts[language];
                    accumulator.Add(lot?.Title[language]);
                    accumulator.Add(notice.Title[language]);
                    accumulator.Add(lot?.Description[language]);
                    accumulator.Add(notice.Description[language]);
                }
            }

            var name = _awards
                .GroupBy(a => a.Award.Winner.Name.Trim(), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(a => a.Award.Date))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            return new SupplierProfile(
                key,
                businessId,
                name,
                identification,
                contracts,
                texts.Where(t => t.Value.Length > 0).ToDictionary(t => t.Key, t => t.Value.ToString(), StringComparer.Ordinal),
                Register: null,
                HomeRegion: _awards
                    .Select(a => a.Award.Winner.Nuts?.Trim().ToUpperInvariant())
                    .Where(n => !string.IsNullOrEmpty(n))
                    .GroupBy(n => n!, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count())
                    .ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key)
                    .FirstOrDefault());
        }
    }

    /// <summary>Distinct sentences up to a character budget: repeated boilerplate adds nothing to search.</summary>
    private sealed class TextAccumulator(int maxChars)
    {
        private readonly HashSet<string> _sentences = new(StringComparer.OrdinalIgnoreCase);
        private readonly System.Text.StringBuilder _text = new();

        public int Length => _text.Length;

        public void Add(string? text)
        {
            if (string.IsNullOrWhiteSpace(text) || _text.Length >= maxChars)
            {
                return;
            }

            foreach (var raw in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (raw.Length < 3 || !_sentences.Add(raw))
                {
                    continue;
                }

                if (_text.Length + raw.Length + 2 > maxChars)
                {
                    return;
                }

                _text.Append(raw).Append(". ");
            }
        }

        public override string ToString() => _text.ToString().TrimEnd();
    }

    /// <summary>A profile with register data attached; the register's name wins when it has one.</summary>
    public static SupplierProfile WithRegister(SupplierProfile profile, CompanyRegisterEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (entry is null || !entry.Found)
        {
            return profile with { Register = entry };
        }

        return profile with { Register = entry, Name = entry.Name ?? profile.Name };
    }
}
