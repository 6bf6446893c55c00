using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Builds every buyer organisation's <see cref="OrganisationProfile"/> at once (the peer groups need them all). An
/// organisation is a Finnish business id (BT-501) among the buyers of a procurement's first notice; buyers without one
/// have no profile.
/// </summary>
public static class OrganisationProfileBuilder
{
    /// <summary>A peer group needs this many organisations; a smaller one is widened (sector, then all).</summary>
    public const int MinimumPeers = 5;

    /// <summary>A list ranks an organisation by its share only when the share's 95 % interval is narrower than this (20 percentage points).</summary>
    public const double RankableWidth = 0.20;

    /// <summary>How the euro share is shrunk, in one sentence.</summary>
    public const string EuroMethod =
        "Euro shares Σeᵢyᵢ/Σeᵢ are shrunk the same way at the effective number of procurements n* = (Σe)²/Σe² (Kish) with y* = share · n*: "
        + "an approximation that treats a few large procurements as few observations. Missing values are imputed as in the national estimate.";

    /// <summary>Builds the profiles.</summary>
    /// <param name="notices">Every stored notice.</param>
    /// <param name="surveys">Every survey invitation, with its answer.</param>
    /// <param name="probabilities">
    /// The classifier's calibrated probability of each procurement (by unit key) per definition; null when no classifier
    /// is trained, and the shares are then the buyers' own reports.
    /// </param>
    public static IReadOnlyList<OrganisationProfile> Build(
        IReadOnlyList<Notice> notices,
        IReadOnlyList<OrganisationSurveyRecord> surveys,
        IReadOnlyDictionary<ShareDefinition, IReadOnlyDictionary<string, double>>? probabilities)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(surveys);
        var units = ProcurementUnits.From(notices);
        var euros = EuroImputation.Impute(units).Euros;
        var noticeByKey = new Dictionary<string, Notice>(StringComparer.Ordinal);
        foreach (var notice in notices)
        {
            noticeByKey[notice.Key] = notice;
        }

        var years = Math.Max(1, units.Select(u => u.Year).Distinct().Count());
        var unitOfNotice = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var key in units[i].NoticeKeys)
            {
                unitOfNotice[key] = i;
            }
        }

        var organisations = new Dictionary<string, Draft>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var buyer in units[i].Notice.Buyers.Where(b => b.Identifier?.BusinessId is not null).DistinctBy(b => b.Identifier!.Value, StringComparer.Ordinal))
            {
                var id = buyer.Identifier!.Value; // Filtered to buyers with a business id above.
                if (!organisations.TryGetValue(id, out var draft))
                {
                    draft = new Draft(id);
                    organisations[id] = draft;
                }

                draft.Units.Add(i);
                draft.Names[buyer.Name] = draft.Names.GetValueOrDefault(buyer.Name) + 1;
                draft.Sectors[buyer.Sector] = draft.Sectors.GetValueOrDefault(buyer.Sector) + 1;
            }
        }

        foreach (var record in surveys)
        {
            if (organisations.TryGetValue(record.BusinessId, out var draft))
            {
                draft.Surveys.Add(record);
            }
        }

        var drafts = organisations.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        foreach (var draft in drafts)
        {
            draft.Sector = draft.Sectors.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
            draft.PerYear = draft.Units.Count / (double)years;
            draft.Band = OrganisationSizeBands.Of(draft.PerYear);
            var answered = new Dictionary<int, SurveyLabel>();
            foreach (var record in draft.Surveys.Where(r => r.Label is not null && unitOfNotice.ContainsKey(r.NoticeKey)))
            {
                answered[unitOfNotice[record.NoticeKey]] = record.Label!; // Answered records only, filtered above.
            }

            foreach (var definition in ShareDefinitions.All)
            {
                var probability = probabilities?.GetValueOrDefault(definition);
                double y = 0, y2 = 0, e = 0, ey = 0, ey2 = 0, e2 = 0;
                foreach (var u in draft.Units)
                {
                    double value = answered.TryGetValue(u, out var label)
                        ? (ShareDefinitions.IsInnovative(label, definition) ? 1 : 0)
                        : probability is not null
                            ? probability.GetValueOrDefault(units[u].Key)
                            : ShareDefinitions.IsInnovative(units[u].SelfReport, definition) == true ? 1 : 0;
                    y += value;
                    y2 += value * value;
                    e += euros[u];
                    ey += euros[u] * value;
                    ey2 += euros[u] * value * value;
                    e2 += euros[u] * euros[u];
                }

                var effective = e2 > 0 ? e * e / e2 : draft.Units.Count;
                var euroShare = e > 0 ? ey / e : y / Math.Max(1, draft.Units.Count);

                // The euro-weighted mean of squares keeps the values' spread at the effective size.
                var euroSquares = e > 0 ? ey2 / e : y2 / Math.Max(1, draft.Units.Count);
                draft.Counts[definition] = (y, y2, draft.Units.Count, euroShare * effective, euroSquares * effective, effective, answered.Count);
            }
        }

        // Peer groups: sector × size band, widened while too small.
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var exact = $"{draft.Sector}/{draft.Band}";
            var sector = draft.Sector.ToString();
            groupOf[draft.Id] = drafts.Count(d => d.Sector == draft.Sector && d.Band == draft.Band) >= MinimumPeers ? exact
                : drafts.Count(d => d.Sector == draft.Sector) >= MinimumPeers ? sector
                : "all";
        }

        bool InGroup(Draft member, string group) => group == "all"
            || group == member.Sector.ToString()
            || group == $"{member.Sector}/{member.Band}";
        var members = groupOf.Values.Distinct(StringComparer.Ordinal).ToDictionary(g => g, g => drafts.Where(d => InGroup(d, g)).ToList(), StringComparer.Ordinal);
        var priors = new Dictionary<(string, ShareDefinition), (BetaPrior Count, BetaPrior Euros)>();
        foreach (var (group, list) in members)
        {
            foreach (var definition in ShareDefinitions.All)
            {
                priors[(group, definition)] = (
                    BetaBinomialShrinkage.FitPrior([.. list.Select(d => (d.Counts[definition].Y, (double)d.Counts[definition].N, d.Counts[definition].Y2))]),
                    BetaBinomialShrinkage.FitPrior([.. list.Select(d => (d.Counts[definition].EuroY, d.Counts[definition].EuroN, d.Counts[definition].EuroY2))]));
            }
        }

        foreach (var draft in drafts)
        {
            var group = groupOf[draft.Id];
            foreach (var definition in ShareDefinitions.All)
            {
                var (y, _, n, euroY, _, euroN, answers) = draft.Counts[definition];
                var (prior, euroPrior) = priors[(group, definition)];
                draft.Shares.Add(new OrganisationShare(
                    ShareDefinitions.Name(definition),
                    probabilities?.GetValueOrDefault(definition) is null ? "self-report" : "survey+model",
                    n,
                    y,
                    answers,
                    BetaBinomialShrinkage.Raw(y, n),
                    BetaBinomialShrinkage.Shrink(prior, y, n),
                    BetaBinomialShrinkage.Raw(euroY, euroN),
                    BetaBinomialShrinkage.Shrink(euroPrior, euroY, euroN),
                    euroN,
                    prior,
                    euroPrior));
            }
        }

        var answersOf = drafts.ToDictionary(d => d.Id, d => d.Surveys.Where(r => r.Values is not null).Select(r => r.Values!).ToList(), StringComparer.Ordinal); // Answered with values only.
        var profiles = new List<OrganisationProfile>(drafts.Count);
        foreach (var draft in drafts)
        {
            var group = groupOf[draft.Id];
            var peers = members[group];
            profiles.Add(new OrganisationProfile(
                draft.Id,
                draft.Names.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key,
                [.. draft.Names.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)],
                draft.Sector,
                draft.Band,
                draft.Units.Count,
                draft.PerYear,
                draft.Units.Sum(u => units[u].Euros ?? 0),
                Periods(draft, units),
                Signals(draft, units, noticeByKey),
                Participation(draft),
                draft.Shares,
                SurveyDimensions.Summarise(answersOf[draft.Id]),
                SurveyDimensions.Summarise([.. peers.SelectMany(p => answersOf[p.Id])]),
                new PeerGroup(group, peers.Count, Figures(draft, peers, units, years), [.. peers.Select(p => new PeerMember(p.Id, p.Names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key))])));
        }

        return profiles;
    }

    /// <summary>
    /// The list of <paramref name="profiles"/> sorted by procurements (most first), then name; each ranked by its shrunk
    /// new-to-the-market share only when that share's interval is narrower than <see cref="RankableWidth"/>.
    /// </summary>
    public static IReadOnlyList<OrganisationListEntry> List(IEnumerable<OrganisationProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var list = profiles.OrderByDescending(p => p.Procurements).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.BusinessId, StringComparer.Ordinal).ToList();
        var ranked = list.Select(p => p.Share(ShareDefinition.Market).Shrunk)
            .Select((s, i) => (Share: s, Index: i))
            .Where(x => x.Share.Width < RankableWidth)
            .OrderByDescending(x => x.Share.Estimate)
            .Select((x, rank) => (x.Index, Rank: rank + 1))
            .ToDictionary(x => x.Index, x => x.Rank);
        return [.. list.Select((p, i) => new OrganisationListEntry(p.BusinessId, p.Name, p.Sector, p.SizeBand, p.Procurements, p.Euros, p.Share(ShareDefinition.Market).Shrunk, ranked.TryGetValue(i, out var r) ? r : null))];
    }

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="values"/>, linear between order statistics (type 7).</summary>
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private static List<ProcurementPeriod> Periods(Draft draft, IReadOnlyList<ProcurementUnit> units) =>
        [.. draft.Units.GroupBy(u => (units[u].Year, units[u].Quarter)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Quarter)
            .Select(g => new ProcurementPeriod(g.Key.Year, g.Key.Quarter, g.Count(), g.Sum(u => units[u].Euros ?? 0), g.Count(u => units[u].Euros is null)))];

    private static List<SignalCount> Signals(Draft draft, IReadOnlyList<ProcurementUnit> units, Dictionary<string, Notice> noticeByKey)
    {
        var withAnswers = 0;
        var counts = new Dictionary<InnovationSignal, int>();
        foreach (var u in draft.Units)
        {
            var profiles = units[u].NoticeKeys.Select(k => noticeByKey[k].Innovation).ToList();
            withAnswers += profiles.Any(p => p.HasHilmaAnswers) ? 1 : 0;
            foreach (var signal in profiles.SelectMany(p => p.Signals).Distinct())
            {
                counts[signal] = counts.GetValueOrDefault(signal) + 1;
            }
        }

        var list = new List<SignalCount> { new("hilma", "answered", withAnswers) };
        foreach (var signal in Enum.GetValues<InnovationSignal>())
        {
            var (source, name) = signal switch
            {
                InnovationSignal.HilmaNewToMarket => ("hilma", "new-to-market"),
                InnovationSignal.HilmaNewToBuyer => ("hilma", "new-to-buyer"),
                InnovationSignal.HilmaInnovationConsidered => ("hilma", "considered"),
                InnovationSignal.LegacyInnovationConsidered => ("legacy", "considered"),
                InnovationSignal.EFormsInnovativePurchase => ("eforms", "inn-pur"),
                InnovationSignal.EFormsMarketNovelty => ("eforms", "mar-nov"),
                InnovationSignal.EFormsOrganisationNovelty => ("eforms", "org-nov"),
                _ => ("eforms", "other"),
            };
            list.Add(new SignalCount(source, name, counts.GetValueOrDefault(signal)));
        }

        return list;
    }

    private static SurveyParticipation Participation(Draft draft)
    {
        var invited = draft.Surveys.Where(r => !r.NoContact).ToList();
        return new SurveyParticipation(
            invited.Count(r => r.Phase == SurveyPhase.Flagged),
            invited.Count(r => r.Phase == SurveyPhase.Flagged && r.Answered),
            invited.Count(r => r.Phase == SurveyPhase.Control),
            invited.Count(r => r.Phase == SurveyPhase.Control && r.Answered),
            draft.Surveys.Count(r => r.NoContact));
    }

    private static List<PeerFigure> Figures(Draft draft, List<Draft> peers, IReadOnlyList<ProcurementUnit> units, int years)
    {
        var target = ShareDefinitions.Name(ShareDefinitions.TargetDefinition);
        var measures = new (string Measure, Func<Draft, double> Of)[]
        {
            ("procurements-a-year", d => d.PerYear),
            ("euros-a-year", d => (double)d.Units.Sum(u => units[u].Euros ?? 0) / years),
            ("share-count", d => d.Shares.First(s => s.Definition == target).Shrunk.Estimate),
            ("share-euros", d => d.Shares.First(s => s.Definition == target).ShrunkEuros.Estimate),
        };
        return [.. measures.Select(m =>
        {
            var values = peers.Select(m.Of).ToList();
            return new PeerFigure(m.Measure, m.Of(draft), Quantile(values, 0.5), Quantile(values, 0.25), Quantile(values, 0.75));
        })];
    }

    private sealed class Draft(string id)
    {
        public string Id { get; } = id;

        public List<int> Units { get; } = [];

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<Sector, int> Sectors { get; } = [];

        public List<OrganisationSurveyRecord> Surveys { get; } = [];

        public Dictionary<ShareDefinition, (double Y, double Y2, int N, double EuroY, double EuroY2, double EuroN, int Answers)> Counts { get; } = [];

        public List<OrganisationShare> Shares { get; } = [];

        public Sector Sector { get; set; }

        public double PerYear { get; set; }

        public string Band { get; set; } = "small";
    }
}
