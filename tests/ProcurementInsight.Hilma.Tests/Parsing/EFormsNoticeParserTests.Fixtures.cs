using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

/// <summary>Field-by-field checks against values read from the fixture XML (XPath in the comments).</summary>
public sealed partial class EFormsNoticeParserTests
{
    private static readonly string Kristinestad = FixtureFiles.HilmaSample("ted-published/2024-OJS170-00525037.xml");

    [Fact]
    public void Parse_KristinestadResult_ReadsIdentityAndDates()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // /*/cbc:ID[@schemeName='notice-id'], cbc:VersionID, cbc:ContractFolderID
        Assert.Equal("14ccbc47-6890-49a9-93d5-73e036f17956", notice.NoticeId);
        Assert.Equal("01", notice.NoticeVersion);
        Assert.Equal("2b8f15d3-6c08-47ed-aa46-1c34463e51b3", notice.ProcedureId);

        // cbc:NoticeTypeCode/@listName and text; efac:NoticeSubType/cbc:SubTypeCode
        Assert.Equal(FormType.Result, notice.FormType);
        Assert.Equal("can-standard", notice.NoticeType);
        Assert.Equal("29", notice.Subtype);

        // cbc:IssueDate 2024-08-29+00:00, cbc:IssueTime 20:39:51+00:00; efbc:PublicationDate 2024-09-02+02:00
        Assert.Equal(new DateTimeOffset(2024, 8, 29, 20, 39, 51, TimeSpan.Zero), notice.IssueDate);
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 0, 0, 0, TimeSpan.FromHours(2)), notice.PublicationDate);
        Assert.Equal(TimeSpan.FromHours(2), notice.PublicationDate!.Value.Offset);
    }

    [Fact]
    public void Parse_KristinestadResult_ReadsBothLanguagesInOrder()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // cbc:NoticeLanguageCode FIN, cac:AdditionalNoticeLanguage/cbc:ID SWE
        Assert.Equal(["FIN", "SWE"], notice.Languages);

        // cac:ProcurementProject/cbc:Name[@languageID='SWE'] (trailing space trimmed)
        Assert.Equal("Kristiinankaupungin kuljetuspalveluiden hankinta  / Kristinestads upphandling av transportservice", notice.Title["SWE"]);
        Assert.StartsWith("Hankinnan kohteena ovat Kristiinankaupungin kaupungin oppilaskuljetukset.", notice.Description["FIN"], StringComparison.Ordinal);
        Assert.StartsWith("Föremål för denna upphandlig", notice.Description["SWE"], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KristinestadResult_BuyerIsTheContractingPartyNotHanselOrMarkkinaoikeus()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID = ORG-0002; ORG-0001 is Markkinaoikeus
        // (review body) and ORG-0006 Hansel Oy (Hilma) (eSender, ted-esen): neither is a buyer.
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("Kristinestad Stad/Kristiinankaupungin kaupunki", buyer.Name);
        Assert.Equal("0216509-5", buyer.Identifier?.Value);
        Assert.Equal("0216509-5", buyer.Identifier?.BusinessId?.Value);
        Assert.Equal("la", buyer.LegalType);
        Assert.Equal(Sector.Municipal, buyer.Sector);
        Assert.Equal("FI195", buyer.NutsCode);
        Assert.Equal("maarit.soderlund@krs.fi", buyer.Email);
    }

    [Fact]
    public void Parse_KristinestadResult_ReadsProcedureClassification()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // cac:ProcurementProject/cac:MainCommodityClassification 60100000, contract-nature services,
        // cac:TenderingProcess/cbc:ProcedureCode open; no RequestedTenderTotal.
        Assert.Equal(CpvCode.Parse("60100000"), notice.MainCpv);
        Assert.Empty(notice.AdditionalCpv);
        Assert.Equal("services", notice.ContractNature);
        Assert.Equal("open", notice.ProcedureType);
        Assert.Null(notice.EstimatedValue);
        Assert.Null(notice.ChangedNoticeId);
    }

    [Fact]
    public void Parse_KristinestadResult_ReadsTwelveLotsWithTitles()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // cac:ProcurementProjectLot/cbc:ID[@schemeName='Lot'] LOT-0001..LOT-0012
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"LOT-{i:D4}"), notice.Lots.Select(l => l.LotId));
        Assert.Equal("B2 Myrkky-Karijoen koulu / B2. Mörtmark-Karijoen koulu", LotById(notice, "LOT-0002").Title["FIN"]);
        Assert.All(notice.Lots, l => Assert.Null(l.HilmaAnswers));
    }

    [Fact]
    public void Parse_KristinestadResult_ReadsOneWinnerPerLotWithNormalisedBusinessIds()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // efac:LotResult (selec-w) -> efac:LotTender -> efac:TenderingParty -> efac:Tenderer -> organisation:
        // TPA-0002 = ORG-0004 Matka-Rengas Niemelä Oy, CompanyID FI19921555 (VAT form);
        // TPA-0003 = ORG-0005 Hellman Transport Ab 2450271-8; TPA-0001 = ORG-0003 Ingves  Svanbäck Ab 2626335-1.
        var byLot = notice.Winners.ToDictionary(w => w.LotId);
        Assert.Equal(12, byLot.Count);
        Assert.Equal(3, notice.Winners.Select(w => w.Identifier?.Value).Distinct().Count());
        Assert.Equal("Matka-Rengas Niemelä Oy", byLot["LOT-0001"].Name);
        Assert.Equal("1992155-5", byLot["LOT-0001"].Identifier?.Value);
        Assert.Equal("Hellman Transport Ab", byLot["LOT-0006"].Name);
        Assert.Equal("2450271-8", byLot["LOT-0008"].Identifier?.Value);
        Assert.Equal("Ingves  Svanbäck Ab", byLot["LOT-0010"].Name);
        Assert.Equal("2626335-1", byLot["LOT-0010"].Identifier?.Value);
    }

    [Fact]
    public void Parse_KristinestadResult_WinnersCarryTheirOwnRegion()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // efac:Organization/efac:Company/cac:PostalAddress/cbc:CountrySubentityCode (BT-507) of each tenderer:
        // ORG-0004 Matka-Rengas Niemelä Oy in Myrkky FI194; ORG-0003 Ingves  Svanbäck Ab in Korsholm FI195.
        var byLot = notice.Winners.ToDictionary(w => w.LotId);
        Assert.Equal("FI194", byLot["LOT-0001"].Nuts);
        Assert.Equal("FI195", byLot["LOT-0010"].Nuts);
    }

    [Fact]
    public void Parse_KristinestadResult_NoWinnerIsTheBuyerOrTheESender()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // Hansel's FI09880841, Markkinaoikeus' 3006157-6 and the buyer's 0216509-5 win nothing.
        var winnerIds = notice.Winners.Select(w => w.Identifier?.Value).ToHashSet();
        Assert.DoesNotContain("0988084-1", winnerIds);
        Assert.DoesNotContain("3006157-6", winnerIds);
        Assert.DoesNotContain("0216509-5", winnerIds);
    }

    [Fact]
    public void Parse_TampereResult_ReadsWinnerWithContractIdentifier()
    {
        var path = FixtureFiles.HilmaSample("ted-published/215412-2024.xml");

        var notice = ParseNotice(path);

        // efac:SettledContract/efac:ContractReference/cbc:ID TAU/3050/277/2022 for TEN-0001.
        var winner = Assert.Single(notice.Winners);
        Assert.Equal("LOT-0000", winner.LotId);
        Assert.Equal("Tavicon", winner.Name);
        Assert.Equal("0706363-7", winner.Identifier?.Value);
        Assert.Equal("TAU/3050/277/2022", winner.ContractId);
        Assert.Null(winner.ContractValue);
    }

    [Fact]
    public void Parse_TampereResult_ReadsBuyerAndDates()
    {
        var path = FixtureFiles.HilmaSample("ted-published/215412-2024.xml");

        var notice = ParseNotice(path);

        // ContractingParty ORG -> Tampereen korkeakoulusäätiö sr 2844561-8, buyer-legal-type body-pl;
        // cbc:IssueDate 2024-04-10+00:00 + 08:17:53+00:00; efbc:PublicationDate 2024-04-11Z.
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("Tampereen korkeakoulusäätiö sr", buyer.Name);
        Assert.Equal("2844561-8", buyer.Identifier?.Value);
        Assert.Equal(Sector.Other, buyer.Sector);
        Assert.Equal("hankinnat@tuni.fi", buyer.Email);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 8, 17, 53, TimeSpan.Zero), notice.IssueDate);
        Assert.Equal(new DateTimeOffset(2024, 4, 11, 0, 0, 0, TimeSpan.Zero), notice.PublicationDate);
        Assert.Equal(CpvCode.Parse("63000000"), notice.MainCpv);
        Assert.Equal("Kongressipalvelut", notice.Title["FIN"]);
    }

    [Fact]
    public void Parse_FingridResult_ReadsEstimatedAndContractValues()
    {
        var path = FixtureFiles.HilmaSample("ted-published/393179-2024.xml");

        var notice = ParseNotice(path);

        // RequestedTenderTotal/cbc:EstimatedOverallContractAmount 101305 EUR (procedure and lot);
        // efac:LotTender/cac:LegalMonetaryTotal/cbc:PayableAmount 737608.41 EUR; buyer-legal-type pub-undert-cga.
        Assert.Equal(new Money(101305m, "EUR"), notice.EstimatedValue);
        Assert.Equal(new Money(101305m, "EUR"), Assert.Single(notice.Lots).EstimatedValue);
        Assert.Equal(new Money(737608.41m, "EUR"), Assert.Single(notice.Winners).ContractValue);
        Assert.Equal(Sector.State, Assert.Single(notice.Buyers).Sector);
    }

    [Fact]
    public void Parse_DirectAwardWithoutResultCode_ReadsTheContractorAsWinner()
    {
        var path = FixtureFiles.HilmaSample("ted-published/671294-2023.xml");

        var notice = ParseNotice(path);

        // veat (27) has no BT-142: efac:LotResult RES-0000 -> TEN-0001 (550000 EUR) -> TPA-0001 -> ORG-0004
        // Martin-Baker Aircraft Ltd, CompanyID "GB 226 3733 70" kept as given; contract 2023-001434 (CON-0001).
        var winner = Assert.Single(notice.Winners);
        Assert.Equal("Martin-Baker Aircraft Ltd", winner.Name);
        Assert.Equal("GB 226 3733 70", winner.Identifier?.Value);
        Assert.Null(winner.Identifier?.BusinessId);
        Assert.Equal(new Money(550000m, "EUR"), winner.ContractValue);
        Assert.Equal("2023-001434 (CON-0001)", winner.ContractId);
        Assert.Equal(FormType.DirectAwardPreannouncement, notice.FormType);
    }

    [Fact]
    public void Parse_ContractModificationListingTenderTwice_ReadsOneWinner()
    {
        var path = FixtureFiles.HilmaSample("ted-published/615939-2023.xml");

        var notice = ParseNotice(path);

        // can-modif (39): RES-0001 lists TEN-0001 twice and no BT-142; TPA-0001 -> ORG-0003 Suomen Radiologikeskus Oy;
        // the lot result's only SettledContract CON-0001 has ContractReference KEUHDno-2023-3804 (and no tender link).
        var winner = Assert.Single(notice.Winners);
        Assert.Equal("Suomen Radiologikeskus Oy", winner.Name);
        Assert.Equal("KEUHDno-2023-3804", winner.ContractId);
        Assert.Equal(new Money(1188000m, "EUR"), winner.ContractValue);
    }

    [Fact]
    public void Parse_LotClosedWithoutWinner_HasNoWinnerForThatLot()
    {
        var path = FixtureFiles.EFormsExample("can_24_maximal.xml");

        var notice = ParseNotice(path);

        // efac:LotResult for LOT-0002 has TenderResultCode clos-nw although it lists TEN-0003.
        Assert.DoesNotContain(notice.Winners, w => w.LotId == "LOT-0002");
    }

    [Fact]
    public void Parse_ChangeNoticeWithoutSchemeName_ReadsChangedNoticeId()
    {
        var path = FixtureFiles.HilmaSample("ted-published/660573-2023.xml");

        var notice = ParseNotice(path);

        // efac:Changes/efbc:ChangedNoticeIdentifier (no schemeName)
        Assert.Equal("115e0223-9f72-4948-8a05-b4ecffd596de-01", notice.ChangedNoticeId);
        Assert.Equal("abebd0b2-c827-4804-975a-df92474a61ab", notice.NoticeId);
        Assert.Equal("14", notice.Subtype);
    }

    [Fact]
    public void Parse_SdkChangeNotice_ReadsChangedNoticeId()
    {
        var path = FixtureFiles.EFormsExample("change-cn_24_void.xml");

        var notice = ParseNotice(path);

        // efac:Changes/efbc:ChangedNoticeIdentifier
        Assert.Equal("f42be27e-09cf-4f0e-a745-63ec689631e6-01", notice.ChangedNoticeId);
    }

    [Fact]
    public void Parse_JointProcurement_ReadsBothBuyersWithTheirLegalTypes()
    {
        var path = FixtureFiles.HilmaSample("ted-published/660573-2023.xml");

        var notice = ParseNotice(path);

        // Two cac:ContractingParty: KuHa (buyer-legal-type body-pl-la; buyer-contracting-type cont-ent is
        // another list and ignored) and Nokian kaupunki (la).
        Assert.Equal(2, notice.Buyers.Count);
        Assert.Equal("Kuntien Hankintapalvelut KuHa Oy", notice.Buyers[0].Name);
        Assert.Equal("body-pl-la", notice.Buyers[0].LegalType);
        Assert.Equal("2397232-0", notice.Buyers[0].Identifier?.Value);
        Assert.Equal("Nokian kaupunki", notice.Buyers[1].Name);
        Assert.Equal("la", notice.Buyers[1].LegalType);
        Assert.All(notice.Buyers, b => Assert.Equal(Sector.Municipal, b.Sector));
    }

    [Fact]
    public void Parse_SwedishPriorInformationNotice_HasNoProcedureId()
    {
        var path = FixtureFiles.HilmaSample("ted-published/545126-2024.xml");

        var notice = ParseNotice(path);

        // PriorInformationNotice without cbc:ContractFolderID; cbc:NoticeLanguageCode SWE; pin-rtl / planning / 7
        Assert.Null(notice.ProcedureId);
        Assert.Equal(["SWE"], notice.Languages);
        Assert.Equal(FormType.Planning, notice.FormType);
        Assert.Equal("pin-rtl", notice.NoticeType);
        Assert.Equal("7", notice.Subtype);
        Assert.Equal("Skolskjutsupphandling, Malax kommun", notice.Title["SWE"]);
        Assert.Null(notice.Title["FIN"]);
    }

    [Fact]
    public void Parse_SwedishPriorInformationNotice_ReadsBuyerAndCpvs()
    {
        var path = FixtureFiles.HilmaSample("ted-published/545126-2024.xml");

        var notice = ParseNotice(path);

        // Malax kommun 0180948-5, la, FI195; main CPV 60100000, additional 60120000 and 60140000
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("Malax kommun", buyer.Name);
        Assert.Equal("0180948-5", buyer.Identifier?.Value);
        Assert.Equal("la", buyer.LegalType);
        Assert.Equal("FI195", buyer.NutsCode);
        Assert.Equal(CpvCode.Parse("60100000"), notice.MainCpv);
        Assert.Equal([CpvCode.Parse("60120000"), CpvCode.Parse("60140000")], notice.AdditionalCpv);
        Assert.Null(notice.ProcedureType);
        Assert.Empty(notice.Winners);
    }

    [Fact]
    public void Parse_HilmaE4_ReadsNationalAwardWinnerAndBuyer()
    {
        var path = FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml");

        var notice = ParseNotice(path);

        // Subtype E4; buyer ORG-0001 Hansel Oy 0988084-1 (the eSender ORG-0002 has the same company as FI09880841);
        // winner TPA-0001 -> ORG-0004 Testiyritys 5717358-6 in FI196, contract 2025-033644 (CON-0001).
        Assert.Equal("E4", notice.Subtype);
        Assert.False(notice.IsEuNotice);
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("Hansel Oy", buyer.Name);
        Assert.Equal("0988084-1", buyer.Identifier?.Value);
        Assert.Equal("body-pl", buyer.LegalType);
        Assert.Equal("FI199", buyer.NutsCode);
        var winner = Assert.Single(notice.Winners);
        Assert.Equal(new Winner("LOT-0000", "Testiyritys", OrganisationIdentifier.FromPublished("5717358-6"), null, "2025-033644 (CON-0001)", "FI196"), winner);
    }

    [Fact]
    public void Parse_HilmaE4_ReadsProcedureAndSingleLot()
    {
        var path = FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml");

        var notice = ParseNotice(path);

        // restricted, works, CPV 45000000, one lot LOT-0000; IssueDate 2025-03-19+02:00 15:40:41+02:00; no efac:Publication
        Assert.Equal("restricted", notice.ProcedureType);
        Assert.Equal("works", notice.ContractNature);
        Assert.Equal(CpvCode.Parse("45000000"), notice.MainCpv);
        Assert.Equal("LOT-0000", Assert.Single(notice.Lots).LotId);
        Assert.Equal(new DateTimeOffset(2025, 3, 19, 15, 40, 41, TimeSpan.FromHours(2)), notice.IssueDate);
        Assert.Null(notice.PublicationDate);
    }

    [Fact]
    public void Parse_HilmaE3_ReadsNationalContractNotice()
    {
        var path = FixtureFiles.HilmaSample("hilma-sdk/E3_minimum.xml");

        var notice = ParseNotice(path);

        // E3 / cn-standard / competition; Hansel Oy 0988084-1 at FI196; open; services; CPV 50000000
        Assert.Equal("E3", notice.Subtype);
        Assert.Equal(FormType.Competition, notice.FormType);
        Assert.Equal("cn-standard", notice.NoticeType);
        Assert.Equal("FI196", Assert.Single(notice.Buyers).NutsCode);
        Assert.Equal("open", notice.ProcedureType);
        Assert.Equal("services", notice.ContractNature);
        Assert.Equal(CpvCode.Parse("50000000"), notice.MainCpv);
        Assert.Equal("E3_minimum", notice.Title["FIN"]);
        Assert.Empty(notice.Winners);
    }

    [Fact]
    public void Parse_CanMaximal_ReadsProcessInnovationOnBothLots()
    {
        var path = FixtureFiles.EFormsExample("can_24_maximal.xml");

        var notice = ParseNotice(path);

        // Lot ProcurementAdditionalType: innovative-acquisition proc-innov, strategic-procurement env-imp;
        // the lots group GLO-0001 is not a lot.
        Assert.Equal(["LOT-0001", "LOT-0002"], notice.Lots.Select(l => l.LotId));
        Assert.All(notice.Lots, l => Assert.Equal(["proc-innov"], l.InnovativeAcquisition));
        Assert.All(notice.Lots, l => Assert.Equal(["env-imp"], l.StrategicProcurement));
        Assert.True(notice.Innovation.HasEFormsSignal);
        Assert.False(notice.Innovation.NewToMarket);
    }

    [Fact]
    public void Parse_CanMaximal_ReadsGroupLeaderAndSecondWinnerOfLotOne()
    {
        var path = FixtureFiles.EFormsExample("can_24_maximal.xml");

        var notice = ParseNotice(path);

        // RES for LOT-0001 (selec-w) has TEN-0001 (TPA-0001, leader ORG-0008 Gyro Soft SA, contract REF RST-678)
        // and TEN-0002 (TPA-0002 = ORG-0011 Competitor, KLM FGH/912); LOT-0002 is clos-nw. Tender value 9999999.99 EUR.
        Assert.Equal(2, notice.Winners.Count);
        Assert.All(notice.Winners, w => Assert.Equal("LOT-0001", w.LotId));
        Assert.Equal(["Gyro Soft SA", "Competitor"], notice.Winners.Select(w => w.Name));
        Assert.Equal(["REF RST-678", "KLM FGH/912"], notice.Winners.Select(w => w.ContractId));
        Assert.Equal(new Money(9999999.99m, "EUR"), notice.Winners[0].ContractValue);
    }

    [Fact]
    public void Parse_CanMaximal_KeepsForeignIdentifiersAsGiven()
    {
        var path = FixtureFiles.EFormsExample("can_24_maximal.xml");

        var notice = ParseNotice(path);

        // Buyer CompanyID 998298 and winner 927384203 are Luxembourg numbers: not Finnish business ids.
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("998298", buyer.Identifier?.Value);
        Assert.Null(buyer.Identifier?.BusinessId);
        Assert.Equal("LU000", buyer.NutsCode);
        Assert.Null(notice.Winners[0].Identifier?.BusinessId);
        Assert.Equal(new Money(9999999.99m, "EUR"), notice.EstimatedValue);
        Assert.Equal("neg-w-call", notice.ProcedureType);
        Assert.Equal(new DateTimeOffset(2023, 4, 23, 20, 59, 32, TimeSpan.FromHours(1)), notice.IssueDate);
    }

    [Fact]
    public void Parse_Multilingual_ReadsAllTwentyFourLanguagesOfficialFirst()
    {
        var path = FixtureFiles.EFormsExample("cn_24_multilingual.xml");

        var notice = ParseNotice(path);

        // cbc:NoticeLanguageCode ENG, then 23 cac:AdditionalNoticeLanguage
        Assert.Equal(24, notice.Languages.Count);
        Assert.Equal("ENG", notice.Languages[0]);
        Assert.Contains("FIN", notice.Languages);
        Assert.Contains("SWE", notice.Languages);
    }

    [Fact]
    public void Parse_Multilingual_ReadsTitleInFinnishAndBuyerNameInNoticeLanguage()
    {
        var path = FixtureFiles.EFormsExample("cn_24_multilingual.xml");

        var notice = ParseNotice(path);

        // cac:ProcurementProject/cbc:Name[@languageID='FIN']; buyer cac:PartyName/cbc:Name[@languageID='ENG']
        Assert.Equal(
            "julkaisutoimiston tietoteknisiin järjestelmiin (EUR-Lex, N-Lex, hakukerros ja muut) liittyvien tietoteknisten palvelujen toimittaminen",
            notice.Title["FIN"]);
        Assert.Equal(24, notice.Title.Texts.Count);
        var buyer = Assert.Single(notice.Buyers);
        Assert.Equal("Publications Office of the European Union", buyer.Name);
        Assert.Equal("EU-PO", buyer.Identifier?.Value);
        Assert.Equal("eu-ins-bod-ag", buyer.LegalType);
        Assert.Equal("op-appels-offres@publications.europa.eu", buyer.Email);
        Assert.Equal(new Money(4500000m, "EUR"), notice.EstimatedValue);
        Assert.Equal(CpvCode.Parse("72230000"), notice.MainCpv);
        Assert.Equal([CpvCode.Parse("72260000")], notice.AdditionalCpv);
    }

    [Fact]
    public void Parse_HundredLots_ReadsEveryLotInOrder()
    {
        var path = FixtureFiles.EFormsExample("cn_24_maximal_100_lots.xml");

        var notice = ParseNotice(path);

        // cac:ProcurementProjectLot/cbc:ID[@schemeName='Lot'] LOT-0001..LOT-0100, each with env-imp and proc-innov
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"LOT-{i:D4}"), notice.Lots.Select(l => l.LotId));
        Assert.All(notice.Lots, l => Assert.Equal(["proc-innov"], l.InnovativeAcquisition));
        Assert.All(notice.Lots, l => Assert.NotNull(l.MainCpv));
    }

    [Fact]
    public void Parse_PriorInformationWithOnlyParts_HasNoLots()
    {
        var path = FixtureFiles.EFormsExample("pin-only_24.xml");

        var notice = ParseNotice(path);

        // The only cac:ProcurementProjectLot has cbc:ID[@schemeName='Part'] PAR-0000: a part, not a lot.
        Assert.Empty(notice.Lots);
        Assert.Equal(FormType.Planning, notice.FormType);
    }

    [Fact]
    public void Parse_BusinessRegistrationNotice_ReadsIdAndSubtype()
    {
        var path = FixtureFiles.EFormsExample("X01_EEIG.xml");

        var notice = ParseNotice(path);

        // BusinessRegistrationInformationNotice root; notice-id 3b3b619b-...; X01; 2020-11-26Z 15:12:24Z
        Assert.Equal("3b3b619b-f67b-48cb-982c-803a5ac6d519", notice.NoticeId);
        Assert.Equal("X01", notice.Subtype);
        Assert.Equal(new DateTimeOffset(2020, 11, 26, 15, 12, 24, TimeSpan.Zero), notice.IssueDate);
        Assert.Empty(notice.Lots);
    }
}
