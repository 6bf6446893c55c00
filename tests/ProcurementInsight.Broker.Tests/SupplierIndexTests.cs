using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Scoring;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Broker.Tests;

public sealed partial class SupplierIndexTests
{
    private static readonly DateTimeOffset Day = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Match_FinnishInflectedForm_FindsTheSupplierByItsStem()
    {
        using var index = Build(
            Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennustyöt ja päällystys", Day),
            Awards.Result("EF-2", "Siivous Oy", "0101263-6", "90910000", "Toimitilojen siivous", Day));

        var result = index.Match(new MatchQuery("Tarvitsemme tienrakennustyötä kevyen liikenteen väylälle", null, null, 5), new MatchWeights());

        Assert.Equal("0112038-9", result.Matches[0].BusinessId);
        Assert.Contains(result.Matches[0].Evidence.MatchedTerms, t => t.StartsWith("tienrakennust", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_EnglishPlural_FindsTheSupplierBySingular()
    {
        using var index = Build(
            Awards.Result("EF-1", "Bus Oy", "0112038-9", "34121000", "Linja-autot", Day, titleEn: "Electric buses for city transport"),
            Awards.Result("EF-2", "Siivous Oy", "0101263-6", "90910000", "Toimitilojen siivous", Day, titleEn: "Office cleaning"));

        var result = index.Match(new MatchQuery("an electric bus", null, null, 5), new MatchWeights());

        Assert.Equal("0112038-9", result.Matches[0].BusinessId);
    }

    [Fact]
    public void Match_SameTextDifferentCodes_CloserCpvRanksFirst()
    {
        using var index = Build(
            Awards.Result("EF-1", "Koodi Oy", "0112038-9", "72200000", "Järjestelmän kehitys", Day),
            Awards.Result("EF-2", "Rakenne Oy", "0101263-6", "45000000", "Järjestelmän kehitys", Day));

        var result = index.Match(new MatchQuery("järjestelmän kehitys", "72212000", null, 5), new MatchWeights());

        Assert.Equal(["0112038-9", "0101263-6"], result.Matches.Select(m => m.BusinessId));
        // 72200000 is the broader code the need 72212000 lies in: 0.7 for the best code and for the mean.
        Assert.Equal(0.7, result.Matches[0].Evidence.Parts.Cpv!.Value, 4);
    }

    [Fact]
    public void Match_SameTextDifferentRegions_LocalSupplierRanksFirst()
    {
        using var index = Build(
            Awards.Result("EF-1", "Etelä Oy", "0112038-9", "90910000", "Siivouspalvelut", Day, nuts: "FI1B1"),
            Awards.Result("EF-2", "Pohjoinen Oy", "0101263-6", "90910000", "Siivouspalvelut", Day, nuts: "FI1D9"));

        var result = index.Match(new MatchQuery("siivouspalvelut", null, "FI1D9", 5), new MatchWeights());

        Assert.Equal("0101263-6", result.Matches[0].BusinessId);
        Assert.Equal(1.0, result.Matches[0].Evidence.Parts.Region);
    }

    [Fact]
    public void Match_CodeOnlyNeed_FindsSuppliersWithoutTextMatch()
    {
        using var index = Build(Awards.Result("EF-1", "Hissi Oy", "0112038-9", "50750000", "Hissihuolto", Day));

        var result = index.Match(new MatchQuery("zzz", "50750000", null, 5), new MatchWeights());

        var match = Assert.Single(result.Matches);
        Assert.Equal(0, match.Evidence.Parts.Text);
        Assert.Equal("EF-1", Assert.Single(match.Evidence.Contracts).NoticeKey);
    }

    [Fact]
    public void Match_FirstTimeSupplier_IsCountedInTheShare()
    {
        using var index = Build(
            Awards.Result("EF-1", "Uusi Oy", "0112038-9", "90910000", "Siivous", Day),
            Awards.Result("EF-2", "Iso Oy", "0101263-6", "90910000", "Siivous", Day, value: 5_000_000m),
            Awards.Result("EF-3", "Iso Oy", "0101263-6", "90910000", "Siivous", Day.AddDays(1), value: 5_000_000m));

        var result = index.Match(new MatchQuery("siivous", null, null, 5), new MatchWeights());

        Assert.Equal(2, result.Matches.Count);
        Assert.Equal(0.5, result.SmallOrFirstTimeShare);
        Assert.True(result.Matches.Single(m => m.BusinessId == "0112038-9").SmallOrFirstTime);
    }

    [Fact]
    public void Match_Evidence_CarriesInnovationComponents()
    {
        using var index = Build(Awards.Result("EF-1", "Uusi Oy", "0112038-9", "72000000", "Tekoälyratkaisu", Day, newToMarket: true));

        var match = Assert.Single(index.Match(new MatchQuery("tekoälyratkaisu", null, null, 5), new MatchWeights()).Matches);

        Assert.Equal(6, match.Evidence.InnovationComponents.Count);
        Assert.True(match.InnovationPotential > 0);
    }

    [Fact]
    public void Match_GeneralCode_TheTitleFindsTheSpecialistBeforeTheBiggerWinnerOfTheCode()
    {
        // Both won under the division's general code; only the titles tell lift from vehicle maintenance.
        using var index = Build(
            Awards.Result("EF-1", "Hissi Oy", "0112038-9", "50000000", "Hissien huolto", Day),
            Awards.Result("EF-2", "Hissi Oy", "0112038-9", "50000000", "Hissien huolto 2025–2026", Day.AddDays(1)),
            Awards.Result("EF-3", "Auto Oy", "0101263-6", "50000000", "Ajoneuvojen huolto", Day),
            Awards.Result("EF-4", "Auto Oy", "0101263-6", "50000000", "Ajoneuvojen huolto", Day.AddDays(1)),
            Awards.Result("EF-5", "Auto Oy", "0101263-6", "50000000", "Ajoneuvojen huolto", Day.AddDays(2)),
            Awards.Result("EF-6", "Auto Oy", "0101263-6", "50000000", "Ajoneuvojen huolto", Day.AddDays(3)));

        var query = new MatchQuery("Hissien huolto. Kaupunki hankkii huoltoa kiinteistöjensä laitteille.", "50000000", null, 5) { Title = "Hissien huolto" };
        var result = index.Match(query, new MatchWeights());

        Assert.Equal(["0112038-9", "0101263-6"], result.Matches.Select(m => m.BusinessId));
        Assert.True(result.Matches[0].Evidence.Parts.TrackRecord > result.Matches[1].Evidence.Parts.TrackRecord);
    }

    [Fact]
    public void Match_TrackRecord_CountsWhereTheSupplierWinsNotOnlyWhereTheSimilarContractWas()
    {
        // Lähi Oy won its one lift contract elsewhere but nearly all its work in FI1D9; Kauko Oy works in FI1B1.
        using var index = Build(
            Awards.Result("EF-1", "Lähi Oy", "0112038-9", "50750000", "Hissien huolto", Day, nuts: "FI1B1"),
            Awards.Result("EF-2", "Lähi Oy", "0112038-9", "45310000", "Sähköasennustyöt", Day, nuts: "FI1D9"),
            Awards.Result("EF-3", "Lähi Oy", "0112038-9", "45310000", "Sähköasennustyöt", Day.AddDays(1), nuts: "FI1D9"),
            Awards.Result("EF-4", "Kauko Oy", "0101263-6", "50750000", "Hissien huolto", Day, nuts: "FI1B1"),
            Awards.Result("EF-5", "Kauko Oy", "0101263-6", "45310000", "Sähköasennustyöt", Day, nuts: "FI1B1"),
            Awards.Result("EF-6", "Kauko Oy", "0101263-6", "45310000", "Sähköasennustyöt", Day.AddDays(1), nuts: "FI1B1"));

        var result = index.Match(new MatchQuery("Hissien huolto", null, "FI1D9", 5) { Title = "Hissien huolto" }, new MatchWeights());

        Assert.Equal("0112038-9", result.Matches[0].BusinessId);
    }

    [Fact]
    public void Match_SupplierBasedInTheRegion_RanksAboveOneWithTheSameRecordThatIsBasedElsewhere()
    {
        // Both won one cleaning contract in Helsinki; the notices give Oulu Oy's own address in Oulu (FI1D9).
        using var index = Build(
            Awards.Result("EF-1", "Oulu Oy", "0112038-9", "90910000", "Siivouspalvelut", Day, nuts: "FI1B1", winnerNuts: "FI1D9"),
            Awards.Result("EF-2", "Espoo Oy", "0101263-6", "90910000", "Siivouspalvelut", Day, nuts: "FI1B1", winnerNuts: "FI1B1"));

        var result = index.Match(new MatchQuery("siivouspalvelut", null, "FI1D9", 5) { Title = "Siivouspalvelut" }, new MatchWeights());

        Assert.Equal(["0112038-9", "0101263-6"], result.Matches.Select(m => m.BusinessId));
        Assert.True(result.Matches[0].Evidence.Parts.TrackRecord > result.Matches[1].Evidence.Parts.TrackRecord);
    }

    private static SupplierIndex Build(params Notice[] notices)
    {
        var profiles = new SupplierProfileBuilder(400, 10_000).Build(notices, new HashSet<string>());
        return SupplierIndex.Build(profiles, new InnovationPotentialScorer(new InnovationPotentialWeights()), Day.AddDays(30));
    }
}
