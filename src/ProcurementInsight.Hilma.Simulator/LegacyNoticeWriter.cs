using System.Globalization;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Writes a legacy (pre-eForms) notice as the legacy read API returns it (CONTRACTS.md A.10): local Finnish
/// times without an offset and with seven fractional digits, bare integer enums, and a FLAT
/// <c>hilmaStatistics</c> with <c>validationState</c> in which null values are omitted and only
/// <c>innovationConsidered</c> says anything about innovation.
/// </summary>
public static class LegacyNoticeWriter
{
    /// <summary>Writes the notice object.</summary>
    public static void Write(Utf8JsonWriter w, SimulatedNotice n)
    {
        var e = n.Entry;
        w.WriteStartObject();
        w.WriteNumber("id", e.NoticeId);
        w.WriteNumber("type", LegacyType(n.Type));
        w.WriteNumber("state", 4);
        w.WriteString("noticeNumber", e.DatePublished.Year.ToString(CultureInfo.InvariantCulture) + "-" + e.NoticeId.ToString("D6", CultureInfo.InvariantCulture));
        w.WriteBoolean("isLatest", true);
        w.WriteBoolean("isCorrigendum", false);
        w.WriteBoolean("isCancelled", false);
        w.WriteString("language", n.Language == "SWE" ? "sv" : n.Language == "ENG" ? "en" : "fi");
        w.WriteNumber("procurementProjectId", e.ProcedureId);
        w.WriteNull("parentId");
        w.WriteString("dateCreated", Local(e.DatePublished.AddMinutes(-30)));
        w.WriteString("dateModified", Local(e.DateModified));
        w.WriteString("datePublished", Local(e.DatePublished));
        w.WriteString("hilmaSubmissionDate", Local(e.DatePublished.AddMinutes(-5)));
        w.WriteStartObject("project");
        w.WriteNumber("id", e.ProcedureId);
        w.WriteString("title", n.Title.Any);
        w.WriteStartObject("organisation");
        w.WriteStartObject("information");
        w.WriteString("officialName", n.Buyer.Name);
        w.WriteString("nationalRegistrationNumber", n.Buyer.BusinessId);
        w.WriteString("email", n.Buyer.Email);
        w.WriteString("nutsCode", n.Buyer.Nuts);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("objectDescriptions");
        foreach (var lot in n.Lots)
        {
            w.WriteStartObject();
            w.WriteString("title", lot.Title.Any);
            w.WriteString("descrProcurement", lot.Description.Any);
            w.WriteString("mainCpvCode", lot.CpvCodes[0]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("hilmaStatistics");
        if (n.Statistics is { } s)
        {
            w.WriteStartObject();
            Optional(w, "energyEfficiencyConsidered", s.EnergyEfficiencyConsidered);
            Optional(w, "lowCarbon", s.LowCarbon);
            Optional(w, "circularEconomy", s.CircularEconomy);
            Optional(w, "biodiversity", s.Biodiversity);
            Optional(w, "sustainableFoodProduction", s.SustainableFoodProduction);
            Optional(w, "listedGreenCriteriaUsed", s.ListedGreenCriteriaUsed);
            Optional(w, "justWorkingConditions", s.JustWorkingConditions);
            Optional(w, "employmentCondition", s.EmploymentCondition);
            if (s.HowManyOpportunitiesIsEstimated is { } count)
            {
                w.WriteNumber("howManyOpportunitiesIsEstimated", count);
            }

            Optional(w, "codeOfConduct", s.CodeOfConduct);
            w.WriteNumber("validationState", 2);
            Optional(w, "solutionNewToBuyer", s.SolutionNewToBuyer);
            Optional(w, "innovationConsidered", s.InnovationConsidered);
            Optional(w, "solutionNewToMarketOrIndustry", s.SolutionNewToMarketOrIndustry);
            Optional(w, "smeParticipationConsidered", s.SmeParticipationConsidered);
            Optional(w, "endUserInvolved", s.EndUserInvolved);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Legacy integer notice type. Only 9912 (a national contract notice) is seen in real data; the others
    /// are the simulator's own stand-ins.
    /// </summary>
    public static int LegacyType(NoticeTypeInfo type) => (type.IsNational, type.Kind) switch
    {
        (true, NoticeKind.Contract) => 9912,
        (true, NoticeKind.Award) => 9913,
        (true, NoticeKind.Planning) => 9901,
        (true, _) => 9914,
        (false, NoticeKind.Contract) => 200,
        (false, NoticeKind.Award) => 300,
        (false, NoticeKind.Planning) => 100,
        _ => 400,
    };

    private static string Local(DateTimeOffset instant) =>
        HelsinkiTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static void Optional(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }
}
