using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Tests;

/// <summary>Result notices with one lot and one winner, for profile and matching tests.</summary>
internal static class Awards
{
    public static Notice Result(
        string key,
        string winnerName,
        string? winnerId,
        string cpv,
        string titleFi,
        DateTimeOffset published,
        string buyer = "Espoon kaupunki",
        string nuts = "FI1B1",
        decimal? value = 100_000m,
        bool newToMarket = false,
        string? titleEn = null,
        string? winnerNuts = null)
    {
        var title = new LocalizedText(titleEn is null ? [new("FIN", titleFi)] : [new("FIN", titleFi), new("ENG", titleEn)]);
        var lot = new Lot(
            "LOT-0001",
            title,
            LocalizedText.Empty,
            CpvCode.Parse(cpv),
            [],
            null,
            [],
            newToMarket ? [EFormsInnovationCodes.MarketNovelty] : [],
            newToMarket ? new InnovationAnswers(true, false, true, HilmaStatisticsSource.ReadApi) : null);
        return new Notice(
            key + "-uuid",
            "01",
            "proc-" + key,
            FormType.Result,
            "can-standard",
            "29",
            published,
            published,
            ["FIN"],
            [new Buyer(buyer, OrganisationIdentifier.FromPublished("0101263-6"), "la", nuts, null)],
            title,
            LocalizedText.Empty,
            CpvCode.Parse(cpv),
            [],
            null,
            "open",
            "services",
            [lot],
            [new Winner("LOT-0001", winnerName, OrganisationIdentifier.FromPublished(winnerId), value is null ? null : new Money(value.Value, "EUR"), null, winnerNuts)],
            null)
        {
            HilmaId = key,
        };
    }
}
