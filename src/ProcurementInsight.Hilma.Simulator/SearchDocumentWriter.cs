using System.Globalization;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Writes a notice as a document of HILMA's <c>eformnotices</c> search index, with the field names and
/// shapes of the real sample (<c>avp-search-index/eformnotices-search-value.sample.json</c>): texts are
/// empty strings when absent, multi-value codes are space-separated strings, instants are ISO-8601 UTC.
/// </summary>
public static class SearchDocumentWriter
{
    private static readonly string[] SendingSystems = ["Cloudia Kilpailutus", "Tarjouspalvelu.fi", "Hilma", "Mercell", "Hanki-palvelu"];

    /// <summary>Writes one document (an object) including <c>@search.score</c>; <paramref name="select"/> limits the fields.</summary>
    public static void Write(Utf8JsonWriter w, SimulatedNotice n, IReadOnlySet<string>? select)
    {
        var e = n.Entry;
        var type = n.Type;
        bool On(string field) => select is null || select.Contains(field);

        w.WriteStartObject();
        w.WriteNumber("@search.score", 1.0);
        if (On("id"))
        {
            w.WriteString("id", e.Key);
        }

        if (On("noticeId"))
        {
            w.WriteNumber("noticeId", e.NoticeId);
        }

        Null(w, On, "refOldNoticeTedPublicationId");
        Null(w, On, "parentNoticeId");
        Number(w, On, "oldProcurementProjectId", 0);
        Number(w, On, "procedureId", e.ProcedureId);
        Number(w, On, "planId", 0);
        var legacy = e.IsLegacy;
        String(w, On, "contractFolderId", type.IsPin || legacy ? null : n.ContractFolderId);
        String(w, On, "eFormsId", legacy ? null : n.NoticeUuid);
        String(w, On, "fullEFormsId", legacy ? null : n.NoticeUuid + "-" + n.VersionId);
        String(w, On, "sendingSystem", SendingSystems[(e.ProcedureSeed & 0x7FFFFFFF) % SendingSystems.Length]);
        String(w, On, "procedureType", type.IsPin ? null : n.ProcedureType);
        Decimal(w, On, "noticeResultTotalAmount", n.ResultTotal);
        String(w, On, "noticeResultTotalAmountCurrency", n.ResultTotal is null ? null : "EUR");
        String(w, On, "noticeOjsNumber", string.Empty);
        String(w, On, "datePublished", Instant(e.DatePublished));
        String(w, On, "dateModified", Instant(e.DateModified));
        String(w, On, "procurementTypeCode", n.Nature);
        foreach (var empty in (string[])["previousTedPublicationId", "previousNoticeNumber", "previousEFormsId", "previousFullEFormsId", "previousContractFolderId", "previousSearchIds"])
        {
            if (On(empty))
            {
                w.WriteStartArray(empty);
                w.WriteEndArray();
            }
        }

        String(w, On, "type", type.Subtype);
        String(w, On, "mainType", type.MainType);
        Texts(w, On, "title", n.Title);
        String(w, On, "cpvCodes", string.Join(' ', n.CpvCodes));
        var buyerSwedish = n.Buyer.Language == "SWE";
        String(w, On, "organisationNameFi", buyerSwedish ? string.Empty : n.Buyer.Name);
        String(w, On, "organisationNameSv", buyerSwedish ? n.Buyer.Name : string.Empty);
        String(w, On, "organisationNameEn", string.Empty);
        String(w, On, "organisationNameOther", string.Empty);
        String(w, On, "organisationNationalRegistrationNumber", n.Buyer.BusinessId);
        String(w, On, "organisationAddress", n.Buyer.Street + " " + n.Buyer.PostalZone + " " + n.Buyer.City + " FIN");
        String(w, On, "organisationNutsCode", n.Buyer.Nuts);
        String(w, On, "organisationType", n.Buyer.LegalType);
        String(w, On, "nutsCodes", n.Buyer.Nuts);
        String(w, On, "organisationDepartment", string.Empty);
        Texts(w, On, "description", n.Description);
        var deadline = Deadline(n);
        String(w, On, "expirationDate", Instant(deadline ?? e.DatePublished.AddMonths(6)));
        String(w, On, "deadline", deadline is null ? null : Instant(deadline.Value));
        Bool(w, On, "isCorrigendum", false);
        Bool(w, On, "isCancelled", false);
        Bool(w, On, "includesDynamicPurcharingSystem", false);
        Bool(w, On, "includesFrameworkAgreement", n.Lots.Any(l => l.Awards.Count > 1));
        foreach (var empty in (string[])["overallMaximumFrameworkContractsAmount", "overallMaximumFrameworkContractsCurrency", "overallApproximateFrameworkContractsAmount", "overallApproximateFrameworkContractsCurrency"])
        {
            Null(w, On, empty);
        }

        Bool(w, On, "isNationalProcurement", type.IsNational);
        Bool(w, On, "isEuProcurement", !type.IsNational);
        Bool(w, On, "isNationalSmallValueProcurement", false);
        String(w, On, "noticeNumber", e.DatePublished.Year.ToString(CultureInfo.InvariantCulture) + "-" + e.NoticeId.ToString("D6", CultureInfo.InvariantCulture));
        Decimal(w, On, "estimatedValue", n.EstimatedValue);
        String(w, On, "currency", n.EstimatedValue is null ? null : "EUR");
        Bool(w, On, "isEForms", !legacy);
        String(w, On, "winnerOrganisations", Winners(n.Lots.SelectMany(l => l.Awards)));
        Null(w, On, "tedPublicationId");
        Bool(w, On, "isPlan", false);
        String(w, On, "procurementDocumentsUrl", type.Kind == NoticeKind.Contract
            ? "https://www.hankintailmoitukset.fi/fi/public/procedure/" + e.ProcedureId.ToString(CultureInfo.InvariantCulture) + "/enotice/" + e.NoticeId.ToString(CultureInfo.InvariantCulture)
            : null);
        Bool(w, On, "tenderingInHilma", false);
        String(w, On, "linkedNotices", string.Empty);
        Statistics(w, On, n.Statistics);
        Bool(w, On, "isPrivateSmallValueProcurement", false);
        if (On("lots"))
        {
            w.WriteStartArray("lots");
            // The legacy index has no lots (CONTRACTS.md A.5).
            foreach (var lot in legacy ? [] : n.Lots)
            {
                WriteLot(w, n, lot, deadline);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>ISO-8601 UTC with milliseconds, as the index writes instants: <c>2026-05-08T14:51:10.782Z</c>.</summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes the per-lot statistics fields (camelCase, nulls kept) into the current object.</summary>
    public static void WriteStatisticsFields(Utf8JsonWriter w, LotStatistics? s) => Statistics(w, static _ => true, s);

    private static void WriteLot(Utf8JsonWriter w, SimulatedNotice n, SimulatedLot lot, DateTimeOffset? deadline)
    {
        static bool All(string field) => true;
        w.WriteStartObject();
        w.WriteString("id", lot.Id);
        w.WriteString("procurementTypeCode", n.Nature);
        w.WriteString("procedureType", string.Empty);
        Texts(w, All, "title", lot.Title);
        w.WriteString("cpvCodes", string.Join(' ', lot.CpvCodes));
        w.WriteString("nutsCodes", n.Buyer.Nuts);
        Texts(w, All, "description", lot.Description);
        Decimal(w, All, "estimatedValue", lot.EstimatedValue);
        String(w, All, "currency", lot.EstimatedValue is null ? null : "EUR");
        var lotTotal = lot.Awards.Count == 0 ? (decimal?)null : lot.Awards.Sum(a => a.Value);
        Decimal(w, All, "lotResultTotalAmount", lotTotal);
        String(w, All, "lotResultTotalAmountCurrency", lotTotal is null ? null : "EUR");
        String(w, All, "expirationDate", Instant(deadline ?? n.Entry.DatePublished.AddMonths(6)));
        String(w, All, "deadline", deadline is null ? null : Instant(deadline.Value));
        Bool(w, All, "includesDynamicPurcharingSystem", false);
        Bool(w, All, "includesFrameworkAgreement", lot.Awards.Count > 1);
        w.WriteString("winnerOrganisations", Winners(lot.Awards));
        if (lot.ReceivedTenders > 0)
        {
            w.WriteNumber("receivedTenderCount", lot.ReceivedTenders);
        }
        else
        {
            w.WriteNull("receivedTenderCount");
        }

        Statistics(w, All, lot.Statistics);
        w.WriteEndObject();
    }

    private static void Statistics(Utf8JsonWriter w, Func<string, bool> on, LotStatistics? s)
    {
        Bool(w, on, "energyEfficiencyConsidered", s?.EnergyEfficiencyConsidered);
        Bool(w, on, "lowCarbon", s?.LowCarbon);
        Bool(w, on, "circularEconomy", s?.CircularEconomy);
        Bool(w, on, "biodiversity", s?.Biodiversity);
        Bool(w, on, "sustainableFoodProduction", s?.SustainableFoodProduction);
        Bool(w, on, "listedGreenCriteriaUsed", s?.ListedGreenCriteriaUsed);
        Bool(w, on, "justWorkingConditions", s?.JustWorkingConditions);
        Bool(w, on, "employmentCondition", s?.EmploymentCondition);
        if (on("howManyOpportunitiesIsEstimated"))
        {
            if (s?.HowManyOpportunitiesIsEstimated is { } count)
            {
                w.WriteNumber("howManyOpportunitiesIsEstimated", count);
            }
            else
            {
                w.WriteNull("howManyOpportunitiesIsEstimated");
            }
        }

        Bool(w, on, "codeOfConduct", s?.CodeOfConduct);
        Bool(w, on, "innovationConsidered", s?.InnovationConsidered);
        Bool(w, on, "solutionNewToBuyer", s?.SolutionNewToBuyer);
        Bool(w, on, "solutionNewToMarketOrIndustry", s?.SolutionNewToMarketOrIndustry);
        Bool(w, on, "smeParticipationConsidered", s?.SmeParticipationConsidered);
        Bool(w, on, "endUserInvolved", s?.EndUserInvolved);
    }

    private static DateTimeOffset? Deadline(SimulatedNotice n)
    {
        if (n.Type.Kind != NoticeKind.Contract)
        {
            return null;
        }

        var day = n.Entry.DatePublished.UtcDateTime.Date.AddDays(14 + ((n.Entry.NoticeSeed & 0x7FFFFFFF) % 30)).AddHours(10);
        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    private static string Winners(IEnumerable<LotAward> awards) =>
        string.Join(", ", awards.Select(a => a.Supplier).Distinct().Select(s => s.IndexLabel));

    private static void Texts(Utf8JsonWriter w, Func<string, bool> on, string prefix, TextSet texts)
    {
        String(w, on, prefix + "Fi", texts.Fi ?? string.Empty);
        String(w, on, prefix + "Sv", texts.Sv ?? string.Empty);
        String(w, on, prefix + "En", texts.En ?? string.Empty);
        String(w, on, prefix + "Other", string.Empty);
    }

    private static void String(Utf8JsonWriter w, Func<string, bool> on, string name, string? value)
    {
        if (!on(name))
        {
            return;
        }

        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, Func<string, bool> on, string name, bool? value)
    {
        if (!on(name))
        {
            return;
        }

        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteBoolean(name, value.Value);
        }
    }

    private static void Decimal(Utf8JsonWriter w, Func<string, bool> on, string name, decimal? value)
    {
        if (!on(name))
        {
            return;
        }

        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value.Value);
        }
    }

    private static void Number(Utf8JsonWriter w, Func<string, bool> on, string name, int value)
    {
        if (on(name))
        {
            w.WriteNumber(name, value);
        }
    }

    private static void Null(Utf8JsonWriter w, Func<string, bool> on, string name)
    {
        if (on(name))
        {
            w.WriteNull(name);
        }
    }
}
