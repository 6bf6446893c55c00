using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Core.Pages;
using ProcurementInsight.Web.Broker;

namespace ProcurementInsight.Broker.Web;

/// <summary>The broker's answers as the pages' components take them, with the data's own words picked in the page's language.</summary>
internal static class BrokerPageModels
{
    /// <summary>The headers every page sends (<see cref="PageHeaders"/>: strict CSP, never cached or framed), to which a refusal adds its own.</summary>
    public static Dictionary<string, string> Headers() => new(PageHeaders.Headers, StringComparer.Ordinal);

    /// <summary>The established suppliers and the potential supplier field of a match.</summary>
    public static MatchesView Matches(MatchResult result, string lang) => new(
        [.. result.Matches.Select(m => new MatchView(
            m.Name,
            m.BusinessId,
            m.Score,
            m.InnovationPotential,
            m.ContractsWon,
            m.SmallOrFirstTime,
            m.Evidence.MatchedTerms,
            m.Evidence.NameMatchedOnly,
            [.. m.Evidence.Contracts.Select(c => new ContractView(c.Title, c.Buyer, c.AwardedOn, c.Cpv, c.Region))],
            [.. m.Evidence.InnovationComponents.Select(c => new ComponentView(c.Name, c.Raw, c.Contribution, c.Explanation))]))],
        result.SmallOrFirstTimeShare,
        Field(result.PotentialSuppliers, lang));

    /// <summary>How the need was read and, when nothing matched through its words, why and what to try.</summary>
    public static NeedReadingView Reading(MatchResult result, string lang)
    {
        var reading = result.Interpretation;
        return new NeedReadingView(
            reading?.Language,
            [.. reading?.CpvReadings.Select(r => r.Code + " " + r.Label) ?? []],
            reading?.Terms ?? [],
            reading?.UnknownTerms ?? [],
            reading?.InnovationCues ?? [],
            reading?.InnovationWeight ?? 0,
            result.Matches.Count == 0,
            result.Advice?.Why.In(lang),
            result.Advice?.Try.In(lang));
    }

    /// <summary>What fits a supplier.</summary>
    public static OpportunitiesView Opportunities(SupplierOpportunities opportunities) => new(
        opportunities.Summary,
        [.. opportunities.Needs.Select(Opportunity)],
        [.. opportunities.Competitions.Select(Opportunity)]);

    private static OpportunityView Opportunity(Opportunity o) => new(o.Title, o.Buyer, o.Cpv, o.Region, o.Deadline, o.Why);

    private static FieldView Field(PotentialSuppliers? field, string lang)
    {
        var f = FieldText.For(lang);
        return new FieldView(
            f.Heading,
            f.Intro,
            f.EstablishedHeading,
            field?.Note?.GetValueOrDefault(f.Lang) ?? f.NoField,
            [.. (field?.Suppliers ?? []).Select(s => new FieldSupplierView(s.Name, s.BusinessId, s.Evidence.Because.GetValueOrDefault(f.Lang) ?? []))]);
    }
}
