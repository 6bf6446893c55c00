using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

/// <summary>Innovation codes (BT-06, BT-776) on edited copies described in tests/data/innovative/README.md.</summary>
public sealed partial class EFormsNoticeParserTests
{
    private static readonly string InnovativeCompetition = FixtureFiles.TestData("innovative/cn_24_maximal_inn-pur_mar-nov.xml");
    private static readonly string NewToBuyerE3 = FixtureFiles.TestData("innovative/E3_minimum_org-nov.xml");

    [Fact]
    public void Parse_EditedLotWithInnovativePurchase_CarriesInnPurAndMarNov()
    {
        var path = InnovativeCompetition;

        var notice = ParseNotice(path);

        // LOT-0001: strategic-procurement inn-pur, innovative-acquisition mar-nov (edited)
        var lot = LotById(notice, "LOT-0001");
        Assert.Equal([EFormsInnovationCodes.InnovativePurchase], lot.StrategicProcurement);
        Assert.Equal([EFormsInnovationCodes.MarketNovelty], lot.InnovativeAcquisition);
    }

    [Fact]
    public void Parse_UneditedSecondLot_KeepsItsOriginalCodes()
    {
        var path = InnovativeCompetition;

        var notice = ParseNotice(path);

        // LOT-0002 untouched: env-imp and proc-innov
        var lot = LotById(notice, "LOT-0002");
        Assert.Equal(["env-imp"], lot.StrategicProcurement);
        Assert.Equal([EFormsInnovationCodes.ProcessInnovation], lot.InnovativeAcquisition);
    }

    [Fact]
    public void Innovation_EditedCompetition_IsNewToMarketFromEFormsOnly()
    {
        var notice = ParseNotice(InnovativeCompetition);

        var profile = notice.Innovation;

        Assert.True(profile.NewToMarket);
        Assert.False(profile.NewToBuyer);
        Assert.False(profile.Considered);
        Assert.True(profile.Any);
        Assert.True(profile.HasEFormsSignal);
        Assert.False(profile.HasHilmaAnswers);
        Assert.Equal(
            [InnovationSignal.EFormsInnovativePurchase, InnovationSignal.EFormsMarketNovelty, InnovationSignal.EFormsOtherInnovativeAcquisition],
            profile.Signals);
    }

    [Fact]
    public void Parse_NationalNoticeWithOrgNov_CarriesTheHilmaCode()
    {
        var path = NewToBuyerE3;

        var notice = ParseNotice(path);

        // LOT-0000: innovative-acquisition org-nov (added); no strategic-procurement codes
        var lot = Assert.Single(notice.Lots);
        Assert.Equal([EFormsInnovationCodes.OrganisationNovelty], lot.InnovativeAcquisition);
        Assert.Empty(lot.StrategicProcurement);
    }

    [Fact]
    public void Innovation_NationalNoticeWithOrgNov_IsNewToBuyerNotNewToMarket()
    {
        var notice = ParseNotice(NewToBuyerE3);

        var profile = notice.Innovation;

        Assert.True(profile.NewToBuyer);
        Assert.False(profile.NewToMarket);
        Assert.True(profile.HasEFormsSignal);
        Assert.Equal([InnovationSignal.EFormsOrganisationNovelty], profile.Signals);
    }

    [Fact]
    public void Innovation_UneditedNationalNotice_HasNoEFormsSignal()
    {
        var notice = ParseNotice(FixtureFiles.HilmaSample("hilma-sdk/E3_minimum.xml"));

        var profile = notice.Innovation;

        Assert.False(profile.HasEFormsSignal);
        Assert.False(profile.Any);
        Assert.Empty(profile.Signals);
    }

    [Fact]
    public void Innovation_RealFinnishResult_HasNoEFormsSignal()
    {
        var notice = ParseNotice(Kristinestad);

        var profile = notice.Innovation;

        // HILMA keeps innovation in its statistics answers; the XML has none, and HilmaAnswers stays null.
        Assert.False(profile.HasEFormsSignal);
        Assert.False(profile.HasHilmaAnswers);
        Assert.All(notice.Lots, l => Assert.Empty(l.InnovativeAcquisition));
    }

    [Fact]
    public void Parse_StrategicProcurementNone_IsLeftOut()
    {
        // The edited competition with LOT-0001's inn-pur set to "none", the code for "no strategic goal".
        var xml = File.ReadAllText(InnovativeCompetition)
            .Replace("""listName="strategic-procurement">inn-pur<""", """listName="strategic-procurement">none<""", StringComparison.Ordinal);

        var notice = _parser.Parse(System.Text.Encoding.UTF8.GetBytes(xml)).Notice;

        Assert.NotNull(notice);
        Assert.Empty(LotById(notice, "LOT-0001").StrategicProcurement);
        Assert.Equal(["env-imp"], LotById(notice, "LOT-0002").StrategicProcurement);
    }
}
