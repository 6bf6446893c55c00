using System.Globalization;
using System.Text;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Testing;

/// <summary>
/// Builds realistic notices for tests that need a <see cref="Notice"/> without parsing XML: Finnish
/// buyers with business ids and e-mail, lots with HILMA answers and BT-06/BT-776 codes, winners.
/// Start from <see cref="Rich"/> (three lots) or <see cref="Minimal"/>, then adjust.
/// </summary>
public sealed class NoticeBuilder
{
    private string _hilmaId;
    private string _noticeId;
    private string? _noticeVersion = "01";
    private readonly Dictionary<string, string> _title = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _description = new(StringComparer.Ordinal);
    private readonly List<Buyer> _buyers = [];
    private readonly List<Lot> _lots = [];
    private readonly List<Winner> _winners = [];
    private InnovationAnswers? _noticeAnswers;
    private Money? _estimatedValue;

    private NoticeBuilder(string hilmaId)
    {
        _hilmaId = hilmaId;
        _noticeId = NoticeIdFor(hilmaId);
    }

    /// <summary>A result notice with two buyers, three lots (HILMA answers, BT-06/BT-776 codes) and three winners.</summary>
    public static NoticeBuilder Rich(string hilmaId = "EF-48640")
    {
        var builder = new NoticeBuilder(hilmaId);
        builder._title["FIN"] = "Älykkään liikenteen innovatiivinen hankinta";
        builder._title["SWE"] = "Innovativ upphandling av intelligent trafik";
        builder._title["ENG"] = "Innovative procurement of intelligent traffic";
        builder._description["FIN"] = "Hankitaan uusi ratkaisu liikennevalojen ohjaukseen. Ääkköset: åäö ÅÄÖ.";
        builder._description["ENG"] = "A new solution for traffic light control.";
        builder._estimatedValue = new Money(1_234_567.89m, "EUR");
        builder._noticeAnswers = new InnovationAnswers(true, null, null, HilmaStatisticsSource.SearchIndex);
        builder._buyers.Add(new Buyer("Helsingin kaupunki", OrganisationIdentifier.FromPublished("0201256-6"), "la", "FI1B1", "hankinnat@hel.example"));
        builder._buyers.Add(new Buyer("Tampereen kaupunki", OrganisationIdentifier.FromPublished("FI02116752"), "la", "FI197", null));
        builder._lots.Add(new Lot(
            "LOT-0001",
            Text(("FIN", "Liikennevalot"), ("ENG", "Traffic lights")),
            Text(("FIN", "Liikennevalojen ohjausjärjestelmä")),
            CpvCode.Parse("34996000-5"),
            [CpvCode.Parse("48000000"), CpvCode.Parse("72000000")],
            new Money(500_000.50m, "EUR"),
            [EFormsInnovationCodes.InnovativePurchase],
            [EFormsInnovationCodes.MarketNovelty, EFormsInnovationCodes.ProcessInnovation],
            new InnovationAnswers(true, true, false, HilmaStatisticsSource.ReadApi)));
        builder._lots.Add(new Lot(
            "LOT-0002",
            Text(("FIN", "Ylläpito")),
            Text(("FIN", "Järjestelmän ylläpito"), ("SWE", "Underhåll av systemet")),
            CpvCode.Parse("50000000"),
            [],
            null,
            [],
            [EFormsInnovationCodes.OrganisationNovelty],
            new InnovationAnswers(null, true, null, HilmaStatisticsSource.ReadApi)));
        builder._lots.Add(new Lot(
            "LOT-0003",
            Text(("ENG", "Training")),
            LocalizedText.Empty,
            null,
            [],
            new Money(0.01m, "SEK"),
            ["env-imp"],
            [],
            null));
        builder._winners.Add(new Winner("LOT-0001", "Nokia Oyj", OrganisationIdentifier.FromPublished("0112038-9"), new Money(480_000.00m, "EUR"), "CON-0001", "FI1B1"));
        builder._winners.Add(new Winner("LOT-0001", "Traffic AB", OrganisationIdentifier.FromPublished("SE556677889901"), null, null));
        builder._winners.Add(new Winner("LOT-0002", "Espoon kaupunki", OrganisationIdentifier.FromPublished("0101263-6"), new Money(12_345.6789m, "EUR"), "CON-0002"));
        return builder;
    }

    /// <summary>A competition notice with one buyer, one lot <c>LOT-0000</c> and no winners.</summary>
    public static NoticeBuilder Minimal(string hilmaId = "EF-1")
    {
        var builder = new NoticeBuilder(hilmaId);
        builder._title["FIN"] = "Toimistotarvikkeet";
        builder._buyers.Add(new Buyer("Espoon kaupunki", OrganisationIdentifier.FromPublished("0101263-6"), "la", "FI1B1", null));
        builder._lots.Add(new Lot("LOT-0000", Text(("FIN", "Toimistotarvikkeet")), LocalizedText.Empty, CpvCode.Parse("30190000"), [], null, [], [], null));
        return builder;
    }

    /// <summary>Sets the HILMA id (the storage key) and derives a matching BT-701.</summary>
    public NoticeBuilder WithHilmaId(string hilmaId)
    {
        _hilmaId = hilmaId;
        _noticeId = NoticeIdFor(hilmaId);
        return this;
    }

    /// <summary>Sets the notice version (BT-757).</summary>
    public NoticeBuilder WithNoticeVersion(string? version)
    {
        _noticeVersion = version;
        return this;
    }

    /// <summary>Sets the procedure title (BT-21) in one language.</summary>
    public NoticeBuilder WithTitle(string language, string text)
    {
        _title[language] = text;
        return this;
    }

    /// <summary>Sets the procedure description (BT-24) in one language.</summary>
    public NoticeBuilder WithDescription(string language, string text)
    {
        _description[language] = text;
        return this;
    }

    /// <summary>Replaces the lots with <paramref name="count"/> generated ones, <c>LOT-0001</c>…, each with a winner when <paramref name="withWinners"/>.</summary>
    public NoticeBuilder WithGeneratedLots(int count, bool withWinners = false)
    {
        _lots.Clear();
        _winners.Clear();
        for (var i = 1; i <= count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"LOT-{i:D4}");
            _lots.Add(new Lot(
                id,
                Text(("FIN", "Osa " + i.ToString(CultureInfo.InvariantCulture))),
                Text(("FIN", "Osan kuvaus " + i.ToString(CultureInfo.InvariantCulture))),
                CpvCode.Parse("45000000"),
                [],
                new Money(1000m + i, "EUR"),
                i % 2 == 0 ? [EFormsInnovationCodes.InnovativePurchase] : [],
                i % 3 == 0 ? [EFormsInnovationCodes.MarketNovelty] : [],
                new InnovationAnswers(i % 2 == 0, null, i % 3 == 0, HilmaStatisticsSource.ReadApi)));
            if (withWinners)
            {
                _winners.Add(new Winner(id, "Voittaja " + i.ToString(CultureInfo.InvariantCulture), OrganisationIdentifier.FromPublished("0112038-9"), new Money(900m + i, "EUR"), "CON-" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return this;
    }

    /// <summary>Removes lots from the end, keeping the first <paramref name="count"/>, and their winners only.</summary>
    public NoticeBuilder KeepLots(int count)
    {
        _lots.RemoveRange(count, _lots.Count - count);
        var kept = _lots.Select(l => l.LotId).ToHashSet(StringComparer.Ordinal);
        _winners.RemoveAll(w => !kept.Contains(w.LotId));
        return this;
    }

    /// <summary>Replaces a lot's description in one language.</summary>
    public NoticeBuilder WithLotDescription(int index, string language, string text)
    {
        var lot = _lots[index];
        var texts = lot.Description.Texts.ToDictionary(StringComparer.Ordinal);
        texts[language] = text;
        _lots[index] = lot with { Description = new LocalizedText(texts) };
        return this;
    }

    /// <summary>The notice.</summary>
    public Notice Build() =>
        new(
            _noticeId,
            _noticeVersion,
            "proc-" + _noticeId[..8],
            FormType.Result,
            "can-standard",
            "29",
            new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
            new DateTimeOffset(2025, 3, 17, 0, 0, 0, TimeSpan.Zero),
            ["FIN", "SWE", "ENG"],
            [.. _buyers],
            new LocalizedText(_title),
            new LocalizedText(_description),
            CpvCode.Parse("34996000"),
            [CpvCode.Parse("48000000")],
            _estimatedValue,
            "open",
            "supplies",
            [.. _lots],
            [.. _winners],
            null)
        {
            HilmaId = _hilmaId,
            HilmaNoticeAnswers = _noticeAnswers,
        };

    /// <summary>
    /// The notice as stored from a raw payload <paramref name="payload"/> (its SHA-256 is the revision's hash),
    /// modified at <paramref name="sourceModified"/>.
    /// </summary>
    public StoredNotice BuildStored(string payload, DateTimeOffset? sourceModified, DateTimeOffset? harvestedAt = null)
    {
        var raw = new RawNotice(_hilmaId, Encoding.UTF8.GetBytes(payload), "application/xml", sourceModified);
        var revision = new NoticeRevision(raw.ContentHash, $"{_hilmaId}/{raw.ContentHash[..16]}.xml", sourceModified, harvestedAt ?? new DateTimeOffset(2025, 4, 1, 12, 0, 0, TimeSpan.Zero));
        return new StoredNotice(Build(), revision);
    }

    private static LocalizedText Text(params (string Language, string Text)[] texts) =>
        new(texts.Select(t => new KeyValuePair<string, string>(t.Language, t.Text)));

    private static string NoticeIdFor(string hilmaId)
    {
        // A stable UUID-shaped BT-701 derived from the key, so equal keys give equal notices.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(hilmaId)));
        return $"{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
    }
}
