using System.Text.Json;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Hilma.Api;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>
/// Builds a <see cref="Notice"/> for a pre-eForms (<c>OLD-</c>) notice from its search document and its
/// legacy read JSON. Those notices predate eForms: no lots, no BT-06/BT-776, and HILMA asked a single
/// "innovation considered" question, which becomes the notice's <see cref="HilmaStatisticsSource.LegacyNotice"/>
/// answer (the profile reads only that flag from it).
/// </summary>
public static class LegacyNoticeMapper
{
    /// <summary>Maps a legacy notice; <paramref name="legacyJson"/> may be null when the read failed.</summary>
    public static NoticeParseResult Map(SearchDocument document, string? legacyJson)
    {
        ArgumentNullException.ThrowIfNull(document);
        JsonElement? statistics = null;
        if (legacyJson is not null)
        {
            try
            {
                using var json = JsonDocument.Parse(legacyJson);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("hilmaStatistics", out var s))
                {
                    statistics = s.Clone();
                }
            }
            catch (JsonException ex)
            {
                return NoticeParseResult.Failure($"The legacy notice is not valid JSON: {ex.Message}");
            }
        }

        var answers = statistics is { ValueKind: JsonValueKind.Object } value
            ? HilmaStatisticsReader.ReadAnswers(value, HilmaStatisticsSource.LegacyNotice)
            : new InnovationAnswers(document.InnovationConsidered, null, null, HilmaStatisticsSource.LegacyNotice);

        var cpvs = (document.CpvCodes ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => CpvCode.TryParse(c, out var code) ? code : (CpvCode?)null)
            .OfType<CpvCode>()
            .ToList();
        var buyerName = document.OrganisationNameFi ?? document.OrganisationNameSv;
        IReadOnlyList<Buyer> buyers = string.IsNullOrWhiteSpace(buyerName)
            ? []
            : [new Buyer(buyerName, OrganisationIdentifier.FromPublished(document.OrganisationNationalRegistrationNumber), document.OrganisationType, document.OrganisationNutsCode, null)];

        var notice = new Notice(
            NoticeId: document.Id,
            NoticeVersion: null,
            ProcedureId: document.ProcedureId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FormType: FormTypeOf(document.MainType),
            NoticeType: null,
            Subtype: document.Type,
            IssueDate: null,
            PublicationDate: document.DatePublished,
            Languages: [],
            Buyers: buyers,
            Title: Texts(document.TitleFi, document.TitleSv, document.TitleEn),
            Description: Texts(document.DescriptionFi, document.DescriptionSv, document.DescriptionEn),
            MainCpv: cpvs.Count > 0 ? cpvs[0] : null,
            AdditionalCpv: cpvs.Skip(1).ToList(),
            EstimatedValue: document.EstimatedValue is { } amount ? new Money(amount, document.Currency ?? "EUR") : null,
            ProcedureType: document.ProcedureType,
            ContractNature: document.ProcurementTypeCode,
            Lots: [],
            Winners: [],
            ChangedNoticeId: null)
        {
            HilmaId = document.Id,
            HilmaNoticeAnswers = answers.IsEmpty ? null : answers,
        };
        return NoticeParseResult.Success(notice);
    }

    private static string? FormTypeOf(string? mainType) => mainType switch
    {
        "ContractNotices" => FormType.Competition,
        "ContractAwardNotices" => FormType.Result,
        "PriorInformationNotices" or "PlanNotices" => FormType.Planning,
        _ => null,
    };

    private static LocalizedText Texts(string? fi, string? sv, string? en) =>
        new([new("FIN", fi ?? string.Empty), new("SWE", sv ?? string.Empty), new("ENG", en ?? string.Empty)]);
}
