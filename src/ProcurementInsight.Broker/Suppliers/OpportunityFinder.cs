using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>
/// The supplier's side of the broker: the open needs and open competitions that fit one company. A company that
/// has won contracts is matched as the buyer side would match it (the same index, text relevance, CPV proximity
/// and region locality): an opportunity fits when the broker would suggest this company for it among its
/// <see cref="NeedService.MaxTop"/> best. A company that never won fits the CPV divisions its line of business wins.
/// </summary>
public sealed class OpportunityFinder(
    ISupplierProfileStore profiles,
    INeedStore needs,
    INoticeStore notices,
    NeedService matcher,
    ISupplierFieldOfWork fieldOfWork,
    TimeProvider time)
{
    /// <summary>Opportunities of each kind returned, best first.</summary>
    public const int MaxPerKind = 20;

    /// <summary>The opportunities that fit <paramref name="businessId"/>, with reasons in <paramref name="lang"/> (fi, sv or en).</summary>
    public async Task<SupplierOpportunities> FindAsync(BusinessId businessId, string? lang, CancellationToken cancellationToken)
    {
        var t = OpportunityText.For(lang);
        var candidates = await OpenAsync(cancellationToken);
        var profile = await profiles.GetAsync(businessId.Value, cancellationToken);
        if (profile is { Contracts.Count: > 0 })
        {
            var fits = new List<Opportunity>();
            foreach (var candidate in candidates)
            {
                if (await FitByContractsAsync(profile, candidate, t, cancellationToken) is { } fit)
                {
                    fits.Add(fit);
                }
            }

            return Result(businessId, profile.Name, "contracts", OpportunityText.Format(t.FromContracts, profile.Contracts.Count), fits);
        }

        var field = await fieldOfWork.GetAsync(businessId, cancellationToken);
        if (field is null || field.Divisions.Count == 0)
        {
            return Result(businessId, profile?.Name, "none", field is null ? t.NothingKnown : OpportunityText.Format(t.FromLineOfBusiness, Describe(field)), []);
        }

        var totalWinners = Math.Max(1, field.Divisions.Max(d => d.Winners));
        var byDivision = field.Divisions.ToDictionary(d => d.Division, StringComparer.Ordinal);
        var byField = candidates
            .Where(c => c.Cpv is { Length: >= 2 } && byDivision.ContainsKey(c.Cpv[..2]))
            .Select(c =>
            {
                var division = byDivision[c.Cpv![..2]];
                return c.ToOpportunity(0.5 * division.Winners / totalWinners, null, [], [OpportunityText.Format(t.SameLineOfBusiness, Describe(field), division.Winners, division.Division)]);
            })
            .ToList();
        return Result(businessId, profile?.Name, "lineOfBusiness", OpportunityText.Format(t.FromLineOfBusiness, Describe(field)), byField);
    }

    private static string Describe(FieldOfWork field) =>
        field.LineOfBusiness is { Length: > 0 } text ? field.LineOfBusinessCode + " " + text : field.LineOfBusinessCode;

    private static SupplierOpportunities Result(BusinessId businessId, string? name, string basis, string summary, List<Opportunity> fits)
    {
        IReadOnlyList<Opportunity> Best(string kind) =>
            [.. fits.Where(f => f.Kind == kind).OrderByDescending(f => f.Score).ThenBy(f => f.Id, StringComparer.Ordinal).Take(MaxPerKind)];
        return new SupplierOpportunities(businessId.Value, name, basis, summary, Best(Candidate.NeedKind), Best(Candidate.CompetitionKind));
    }

    private async Task<Opportunity?> FitByContractsAsync(SupplierProfile profile, Candidate candidate, OpportunityText t, CancellationToken cancellationToken)
    {
        var similar = candidate.Cpv is null
            ? []
            : profile.Contracts.Where(c => c.Cpv is not null && CpvProximity.Between(candidate.Cpv, c.Cpv) >= SimilarCpv).ToList();
        if (candidate.Cpv is not null && !profile.Contracts.Any(c => c.Cpv is not null && CpvProximity.Between(candidate.Cpv, c.Cpv) > 0))
        {
            return null; // not even the same CPV division: the broker would not suggest this company
        }

        var result = await matcher.MatchAsync(candidate.Text, candidate.Cpv, candidate.Region, NeedService.MaxTop, cancellationToken, candidate.Title);
        var match = result.Matches.FirstOrDefault(m => string.Equals(m.Key, profile.Key, StringComparison.Ordinal));
        if (match is null)
        {
            return null;
        }

        var why = new List<string>();
        if (similar.Count > 0)
        {
            var inRegion = candidate.Region is null ? 0 : similar.Count(c => c.Region?.StartsWith(candidate.Region, StringComparison.Ordinal) == true);
            why.Add(inRegion > 0
                ? OpportunityText.Format(t.WonSimilarInRegion, similar.Count, CpvProximity.Stem(candidate.Cpv!), inRegion, candidate.Region!)
                : OpportunityText.Format(t.WonSimilar, similar.Count, CpvProximity.Stem(candidate.Cpv!)));
        }

        if (match.Evidence.MatchedTerms.Count > 0)
        {
            why.Add(OpportunityText.Format(t.SharedWords, string.Join(", ", match.Evidence.MatchedTerms)));
        }

        why.Add(OpportunityText.Format(t.Ranked, match.Rank, result.SuppliersSearched));
        return candidate.ToOpportunity(match.Score, match.Rank, match.Evidence.MatchedTerms, why);
    }

    /// <summary>Same CPV class or finer (<see cref="CpvProximity.Between"/> 0.6 and up).</summary>
    private const double SimilarCpv = 0.6;

    /// <summary>Every stored need (needs stay open until withdrawn), and contract notices whose tender deadline is ahead.</summary>
    private async Task<List<Candidate>> OpenAsync(CancellationToken cancellationToken)
    {
        var open = new List<Candidate>();
        await foreach (var need in needs.ListAsync(cancellationToken))
        {
            open.Add(new Candidate(Candidate.NeedKind, need.Id, need.Title, need.Organisation, need.Cpv, need.Region, null, need.Title + ". " + need.Description));
        }

        var now = time.GetUtcNow();
        await foreach (var stored in notices.ListAsync(cancellationToken))
        {
            var notice = stored.Notice;
            if (notice.FormType != FormType.Competition || notice.TenderDeadline is not { } deadline || deadline <= now)
            {
                continue;
            }

            var title = notice.Title.ToString();
            var buyer = notice.Buyers.Count > 0 ? notice.Buyers[0] : null;
            var cpv = notice.MainCpv?.Value ?? notice.Lots.Select(l => l.MainCpv?.Value).FirstOrDefault(c => c is not null);
            open.Add(new Candidate(Candidate.CompetitionKind, notice.Key, title, buyer?.Name ?? string.Empty, cpv, buyer?.NutsCode, deadline, title + ". " + notice.Description));
        }

        return open;
    }

    private sealed record Candidate(string Kind, string Id, string Title, string Buyer, string? Cpv, string? Region, DateTimeOffset? Deadline, string Text)
    {
        public const string NeedKind = "need";
        public const string CompetitionKind = "competition";

        public Opportunity ToOpportunity(double score, int? rank, IReadOnlyList<string> terms, IReadOnlyList<string> why) =>
            new(Kind, Id, Title, Buyer, Cpv, Region, Deadline, Math.Round(score, 4), rank, terms, why);
    }
}
