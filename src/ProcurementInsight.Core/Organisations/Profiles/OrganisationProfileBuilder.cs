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

    /// <summary>τ is fitted on the peer group only when at least this many of its organisations answered the survey; otherwise on all organisations.</summary>
    public const int MinimumAnsweringPeers = 20;

    /// <summary>How the euro share and the raw shares are read, and what stands in for the classifier before one is trained.</summary>
    public const string EuroMethod =
        "Euro shares weight each procurement by its euros; missing values are imputed as in the national estimate. The raw share is Σ values / n with the "
        + "Jeffreys interval (the raw euro share's at the effective number of procurements (Σe)²/Σe²). Before a classifier is trained, each unanswered procurement's "
        + "probability is the share of innovative survey answers among all answered procurements with the same HILMA self-report, (k + ½)/(m + 1), "
        + "or the self-report itself (1 or 0) where no such procurement was answered.";

    /// <summary>Builds the profiles.</summary>
    /// <param name="notices">Every stored notice.</param>
    /// <param name="surveys">Every survey invitation, with its answer.</param>
    /// <param name="probabilities">
    /// The classifier's calibrated probability of each procurement (by unit key) per definition; null when no classifier
    /// is trained, and the probabilities then come from the buyers' own reports.
    /// </param>
    /// <param name="seed">Seed of the intervals' simulation (each organisation and definition draws from its own stream derived from it).</param>
    public static IReadOnlyList<OrganisationProfile> Build(
        IReadOnlyList<Notice> notices,
        IReadOnlyList<OrganisationSurveyRecord> surveys,
        IReadOnlyDictionary<ShareDefinition, IReadOnlyDictionary<string, double>>? probabilities,
        int seed)
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
        var selfReportRates = SelfReportRates(units, surveys, unitOfNotice);
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
                draft.Procurements[definition] = [.. draft.Units.Select(u => new OrganisationProcurement(
                    probability is not null ? probability.GetValueOrDefault(units[u].Key) : selfReportRates[definition](units[u]),
                    answered.TryGetValue(u, out var label) ? ShareDefinitions.IsInnovative(label, definition) : (bool?)null,
                    euros[u]))];
            }

            draft.Answers = answered.Count;
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

        // τ per peer group and definition, from all organisations where the group has too few that answered.
        var spreads = new Dictionary<(string, ShareDefinition), (double Spread, string FittedOn, int Answering)>();
        foreach (var definition in ShareDefinitions.All)
        {
            var everyone = (Spread: OrganisationEffectShrinkage.FitSpread([.. drafts.Select(d => d.Procurements[definition])]), FittedOn: "all", Answering: drafts.Count(d => d.Answers > 0));
            foreach (var (group, list) in members)
            {
                var answering = list.Count(d => d.Answers > 0);
                spreads[(group, definition)] = group == "all" || answering < MinimumAnsweringPeers
                    ? everyone
                    : (OrganisationEffectShrinkage.FitSpread([.. list.Select(d => d.Procurements[definition])]), group, answering);
            }
        }

        foreach (var draft in drafts)
        {
            var group = groupOf[draft.Id];
            foreach (var definition in ShareDefinitions.All)
            {
                var procurements = draft.Procurements[definition];
                var values = procurements.Select(p => p.Answer is { } a ? (a ? 1 : 0) : p.Probability).ToList();
                var n = procurements.Count;
                var y = values.Sum();
                var e = procurements.Sum(p => p.Euros);
                var e2 = procurements.Sum(p => p.Euros * p.Euros);
                var effective = e2 > 0 ? e * e / e2 : n;
                var euroShare = e > 0 ? procurements.Select((p, i) => p.Euros * values[i]).Sum() / e : y / n;
                var (spread, fittedOn, answering) = spreads[(group, definition)];
                var estimate = OrganisationEffectShrinkage.Estimate(procurements, spread, fittedOn, answering, Seed(seed, draft.Id, definition));
                draft.Shares.Add(new OrganisationShare(
                    ShareDefinitions.Name(definition),
                    probabilities?.GetValueOrDefault(definition) is null ? "self-report" : "survey+model",
                    n,
                    y,
                    draft.Answers,
                    OrganisationEffectShrinkage.Raw(y, n),
                    estimate.Count,
                    OrganisationEffectShrinkage.Raw(euroShare * effective, effective),
                    estimate.Euros,
                    effective,
                    estimate.Effect));
            }
        }

        var answersOf = drafts.ToDictionary(d => d.Id, d => d.Surveys.Where(r => r.Values is not null).Select(r => r.Values!).ToList(), StringComparer.Ordinal); // Answered with values only.
        var groupFigures = members.ToDictionary(g => g.Key, g => Figures(g.Value, units, years), StringComparer.Ordinal);
        var groupDimensions = members.ToDictionary(g => g.Key, g => SurveyDimensions.Summarise([.. g.Value.SelectMany(p => answersOf[p.Id])]), StringComparer.Ordinal);
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
                groupDimensions[group],
                new PeerGroup(group, peers.Count, [.. groupFigures[group].Select(f => new PeerFigure(f.Measure, f.Of(draft), f.Median, f.LowerQuartile, f.UpperQuartile))], [.. peers.Select(p => new PeerMember(p.Id, p.Names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key))])));
        }

        return profiles;
    }

    /// <summary>
    /// The list of <paramref name="profiles"/> sorted by procurements (most first), then name; each ranked by its estimated
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

        return SortedQuantile(values.Order().ToArray(), p);
    }

    /// <summary>The <paramref name="p"/>-quantile (type 7) of values already sorted ascending.</summary>
    internal static double SortedQuantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    // Without a classifier: P(innovative | self-report) from every answered procurement, (k + ½)/(m + 1), else the self-report itself.
    private static Dictionary<ShareDefinition, Func<ProcurementUnit, double>> SelfReportRates(IReadOnlyList<ProcurementUnit> units, IReadOnlyList<OrganisationSurveyRecord> surveys, Dictionary<string, int> unitOfNotice)
    {
        var labels = new Dictionary<int, SurveyLabel>();
        foreach (var record in surveys.Where(r => r.Label is not null && unitOfNotice.ContainsKey(r.NoticeKey)))
        {
            labels.TryAdd(unitOfNotice[record.NoticeKey], record.Label!); // Answered records only, filtered above.
        }

        var rates = new Dictionary<ShareDefinition, Func<ProcurementUnit, double>>();
        foreach (var definition in ShareDefinitions.All)
        {
            bool Reported(ProcurementUnit unit) => ShareDefinitions.IsInnovative(unit.SelfReport, definition) == true;
            var byReport = labels.GroupBy(l => Reported(units[l.Key])).ToDictionary(
                g => g.Key,
                g => (g.Count(l => ShareDefinitions.IsInnovative(l.Value, definition)) + 0.5) / (g.Count() + 1));
            rates[definition] = unit =>
            {
                var reported = Reported(unit);
                return byReport.TryGetValue(reported, out var rate) ? rate : reported ? 1 : 0;
            };
        }

        return rates;
    }

    // A stable stream per organisation and definition (string.GetHashCode differs between processes): FNV-1a.
    private static int Seed(int seed, string businessId, ShareDefinition definition)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in $"{businessId}/{ShareDefinitions.Name(definition)}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
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

    // Each measure with the peer group's median and quartiles, computed once per group; the organisation's own value is Of(draft).
    private static List<(string Measure, Func<Draft, double> Of, double Median, double LowerQuartile, double UpperQuartile)> Figures(List<Draft> peers, IReadOnlyList<ProcurementUnit> units, int years)
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
            var sorted = peers.Select(m.Of).Order().ToArray();
            return (m.Measure, m.Of, SortedQuantile(sorted, 0.5), SortedQuantile(sorted, 0.25), SortedQuantile(sorted, 0.75));
        })];
    }

    private sealed class Draft(string id)
    {
        public string Id { get; } = id;

        public List<int> Units { get; } = [];

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<Sector, int> Sectors { get; } = [];

        public List<OrganisationSurveyRecord> Surveys { get; } = [];

        public Dictionary<ShareDefinition, IReadOnlyList<OrganisationProcurement>> Procurements { get; } = [];

        public int Answers { get; set; }

        public List<OrganisationShare> Shares { get; } = [];

        public Sector Sector { get; set; }

        public double PerYear { get; set; }

        public string Band { get; set; } = "small";
    }
}
