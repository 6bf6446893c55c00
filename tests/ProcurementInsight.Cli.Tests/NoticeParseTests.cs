using System.Text.Json;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>notice parse FILE...</c>: one camelCase JSON object per good file, errors on stderr, exit 1 on any bad file.</summary>
public sealed class NoticeParseTests : IDisposable
{
    private static readonly string E4Minimum = FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml");
    private static readonly string TedPublished = FixtureFiles.HilmaSample("ted-published/2024-OJS170-00525037.xml");
    private static readonly string InnovativeMaximal = FixtureFiles.TestData("innovative/cn_24_maximal_inn-pur_mar-nov.xml");
    private static readonly string InnovativeE3 = FixtureFiles.TestData("innovative/E3_minimum_org-nov.xml");
    private static readonly string CnMinimal = FixtureFiles.EFormsExample("cn_24_minimal.xml");

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("cli-parse-");

    public static TheoryData<string> AllFixtures => new() { E4Minimum, TedPublished, InnovativeMaximal, InnovativeE3, CnMinimal };

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task Parse_FileWithEscapeCharacters_StderrShowsThemEscaped()
    {
        var file = Path.Combine(_scratch.FullName, "escape.xml");
        await File.WriteAllTextAsync(file, "<ContractNotice>\u001b[2J\u001b]0;owned\u0007</ContractNotice>");

        var result = await CliRun.RunAsync("notice", "parse", file);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u0007', result.Error);
        Assert.Contains("escape.xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_E4Minimum_PrintsBuyerAndWinnerFromXml()
    {
        var result = await CliRun.RunAsync("notice", "parse", E4Minimum);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        // /*/cbc:ID[@schemeName='notice-id'], /*/cbc:VersionID, /*/cbc:ContractFolderID
        Assert.Equal("13e6bd2f-56e8-4d60-b09e-a685b74dd4ee", notice.GetProperty("noticeId").GetString());
        Assert.Equal("01", notice.GetProperty("noticeVersion").GetString());
        Assert.Equal("9224291c-90c7-4269-9817-ef07f84f9fec", notice.GetProperty("procedureId").GetString());
        // //efac:NoticeSubType/cbc:SubTypeCode
        Assert.Equal("E4", notice.GetProperty("noticeSubtype").GetString());
        // /*/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode
        Assert.Equal("45000000", notice.GetProperty("mainCpv").GetString());
        // /*/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID = ORG-0001, and
        // //efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID='ORG-0001']/(cac:PartyName/cbc:Name | cac:PartyLegalEntity/cbc:CompanyID | cac:Contact/cbc:ElectronicMail)
        var buyer = Assert.Single(notice.GetProperty("buyers").EnumerateArray());
        Assert.Equal("Hansel Oy", buyer.GetProperty("name").GetString());
        Assert.Equal("0988084-1", buyer.GetProperty("businessId").GetString());
        Assert.Equal("hansel@mailinator.com", buyer.GetProperty("email").GetString());
        // //efac:LotResult[efac:TenderLot/cbc:ID='LOT-0000']/efac:LotTender/cbc:ID = TEN-0001;
        // //efac:LotTender[cbc:ID='TEN-0001']/efac:TenderingParty/cbc:ID = TPA-0001;
        // //efac:TenderingParty[cbc:ID='TPA-0001']/efac:Tenderer/cbc:ID = ORG-0004;
        // //efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID='ORG-0004']: Testiyritys, 5717358-6
        var winner = Assert.Single(notice.GetProperty("winners").EnumerateArray());
        Assert.Equal("Testiyritys", winner.GetProperty("name").GetString());
        Assert.Equal("5717358-6", winner.GetProperty("businessId").GetString());
        Assert.Equal("LOT-0000", winner.GetProperty("lotId").GetString());
    }

    [Fact]
    public async Task Parse_TedPublished_PrintsEveryLotWithItsWinner()
    {
        var result = await CliRun.RunAsync("notice", "parse", TedPublished);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        // /*/cbc:ID[@schemeName='notice-id']
        Assert.Equal("14ccbc47-6890-49a9-93d5-73e036f17956", notice.GetProperty("noticeId").GetString());
        // //efac:NoticeSubType/cbc:SubTypeCode
        Assert.Equal("29", notice.GetProperty("noticeSubtype").GetString());
        // //efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID = /*/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID]/cac:PartyLegalEntity/cbc:CompanyID
        Assert.Equal("0216509-5", Assert.Single(notice.GetProperty("buyers").EnumerateArray()).GetProperty("businessId").GetString());
        // count(/*/cac:ProcurementProjectLot) = 12, each with one LotResult and a winning tender
        var lotIds = notice.GetProperty("lots").EnumerateArray().Select(l => l.GetProperty("lotId").GetString()).ToList();
        Assert.Equal(12, lotIds.Count);
        Assert.Equal(lotIds, notice.GetProperty("winners").EnumerateArray().Select(w => w.GetProperty("lotId").GetString()));
        // LOT-0001 → TEN-0001 → TPA-0002 → the company whose cac:PartyLegalEntity/cbc:CompanyID is FI19921555 (VAT form of 1992155-5)
        var first = notice.GetProperty("winners")[0];
        Assert.Equal("Matka-Rengas Niemelä Oy", first.GetProperty("name").GetString());
        Assert.Equal("1992155-5", first.GetProperty("businessId").GetString());
    }

    [Theory]
    [InlineData("test-data", "innovative/cn_24_maximal_inn-pur_mar-nov.xml", true, "inn-pur,mar-nov,proc-innov")]
    [InlineData("test-data", "innovative/E3_minimum_org-nov.xml", true, "org-nov")]
    [InlineData("eforms-example", "cn_24_minimal.xml", false, "")]
    [InlineData("hilma-sample", "hilma-sdk/E4_minimum.xml", false, "")]
    public async Task Parse_BareXml_InnovativeExactlyWhenEFormsCodesPresent(string source, string name, bool innovative, string codes)
    {
        // cn_24_maximal_inn-pur_mar-nov.xml: LOT-0001 has BT-06 inn-pur and BT-776 mar-nov; LOT-0002 has
        // BT-06 env-imp (not innovation) and BT-776 proc-innov (tests/data/innovative/README.md).
        // E3_minimum_org-nov.xml: LOT-0000 has BT-776 org-nov. cn_24_minimal.xml and E4_minimum.xml have
        // no cbc:ProcurementTypeCode[@listName='strategic-procurement' or @listName='innovative-acquisition'].
        var path = source switch
        {
            "test-data" => FixtureFiles.TestData(name),
            "eforms-example" => FixtureFiles.EFormsExample(name),
            _ => FixtureFiles.HilmaSample(name),
        };

        var result = await CliRun.RunAsync("notice", "parse", path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        Assert.Equal(innovative, notice.GetProperty("innovative").GetBoolean());
        Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), notice.GetProperty("innovationCodes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Parse_InnovativeMaximal_ReadsLotCodesAndEstimatedValue()
    {
        var result = await CliRun.RunAsync("notice", "parse", InnovativeMaximal);

        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        // /*/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount[@currencyID='EUR'] = 9999999.99
        var value = notice.GetProperty("estimatedValue");
        Assert.Equal(9999999.99m, value.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", value.GetProperty("currency").GetString());
        // /*/cac:ProcurementProjectLot[cbc:ID='LOT-0001' or 'LOT-0002']/cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode
        var lots = notice.GetProperty("lots");
        Assert.Equal(["LOT-0001", "LOT-0002"], lots.EnumerateArray().Select(l => l.GetProperty("lotId").GetString()));
        Assert.Equal(["inn-pur"], Strings(lots[0].GetProperty("strategicProcurement")));
        Assert.Equal(["mar-nov"], Strings(lots[0].GetProperty("innovativeAcquisition")));
        Assert.Equal(["env-imp"], Strings(lots[1].GetProperty("strategicProcurement")));
        Assert.Equal(["proc-innov"], Strings(lots[1].GetProperty("innovativeAcquisition")));
        // /*/cac:ProcurementProject/cac:AdditionalCommodityClassification/cbc:ItemClassificationCode
        Assert.Equal(["79720000"], Strings(notice.GetProperty("additionalCpv")));
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public async Task Parse_Fixture_PrintsEveryContractFieldWithItsJsonType(string path)
    {
        var result = await CliRun.RunAsync("notice", "parse", path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        AssertKind(notice, "noticeId", JsonValueKind.String);
        AssertKind(notice, "noticeVersion", JsonValueKind.String, JsonValueKind.Null);
        AssertKind(notice, "procedureId", JsonValueKind.String, JsonValueKind.Null);
        AssertKind(notice, "noticeSubtype", JsonValueKind.String, JsonValueKind.Null);
        AssertKind(notice, "publicationDate", JsonValueKind.String, JsonValueKind.Null);
        AssertKind(notice, "mainCpv", JsonValueKind.String, JsonValueKind.Null);
        AssertStrings(notice, "additionalCpv");
        AssertKind(notice, "innovative", JsonValueKind.True, JsonValueKind.False);
        AssertStrings(notice, "innovationCodes");
        AssertMoney(notice, "estimatedValue");
        AssertKind(notice, "buyers", JsonValueKind.Array);
        foreach (var buyer in notice.GetProperty("buyers").EnumerateArray())
        {
            AssertKind(buyer, "name", JsonValueKind.String);
            AssertKind(buyer, "businessId", JsonValueKind.String, JsonValueKind.Null);
            AssertKind(buyer, "email", JsonValueKind.String, JsonValueKind.Null);
        }

        AssertKind(notice, "lots", JsonValueKind.Array);
        foreach (var lot in notice.GetProperty("lots").EnumerateArray())
        {
            AssertKind(lot, "lotId", JsonValueKind.String);
            AssertStrings(lot, "strategicProcurement");
            AssertStrings(lot, "innovativeAcquisition");
        }

        AssertKind(notice, "winners", JsonValueKind.Array);
        foreach (var winner in notice.GetProperty("winners").EnumerateArray())
        {
            AssertKind(winner, "name", JsonValueKind.String);
            AssertKind(winner, "businessId", JsonValueKind.String, JsonValueKind.Null);
            AssertKind(winner, "lotId", JsonValueKind.String);
        }
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public async Task Parse_Fixture_NamesEveryPropertyInCamelCase(string path)
    {
        var result = await CliRun.RunAsync("notice", "parse", path);

        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var notice = json.RootElement;
        var objects = new[] { notice }
            .Concat(new[] { "buyers", "lots", "winners" }.SelectMany(name => notice.GetProperty(name).EnumerateArray()))
            .Append(notice.GetProperty("innovation"));
        // "titles" is left out on purpose: its keys are language codes (FIN, SWE), not property names.
        Assert.All(objects.SelectMany(o => o.EnumerateObject()), property => Assert.True(
            char.IsAsciiLetterLower(property.Name[0]) && property.Name.All(char.IsAsciiLetterOrDigit),
            $"'{property.Name}' is not camelCase"));
    }

    [Fact]
    public async Task Parse_BadFilesBetweenGoodOnes_PrintsGoodOnesInOrderAndNamesBadOnesOnStderr()
    {
        var garbage = Path.Combine(_scratch.FullName, "garbage.xml");
        await File.WriteAllTextAsync(garbage, "this is not <xml");
        var missing = Path.Combine(_scratch.FullName, "missing.xml");

        var result = await CliRun.RunAsync("notice", "parse", E4Minimum, garbage, TedPublished, missing, CnMinimal);

        Assert.Equal(1, result.ExitCode);
        // /*/cbc:ID[@schemeName='notice-id'] of E4_minimum.xml, 2024-OJS170-00525037.xml and cn_24_minimal.xml
        Assert.Equal(
            ["13e6bd2f-56e8-4d60-b09e-a685b74dd4ee", "14ccbc47-6890-49a9-93d5-73e036f17956", "f42be27e-09cf-4f0e-a745-63ec689631e6"],
            result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("noticeId").GetString()));
        Assert.Collection(
            result.ErrorLines,
            line => AssertNamesFileAndReason(line, garbage, "not well-formed XML"),
            line => AssertNamesFileAndReason(line, missing, "cannot read the file"));
    }

    [Fact]
    public async Task Parse_OnlyAMissingFile_PrintsNothingAndExitsOne()
    {
        var missing = Path.Combine(_scratch.FullName, "nowhere.xml");

        var result = await CliRun.RunAsync("notice", "parse", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.OutputLines);
        AssertNamesFileAndReason(Assert.Single(result.ErrorLines), missing, "cannot read the file");
    }

    private static void AssertNamesFileAndReason(string line, string file, string reason)
    {
        Assert.StartsWith(file + ": ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "<null>")];

    private static void AssertKind(JsonElement element, string name, params JsonValueKind[] kinds)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"'{name}' is missing");
        Assert.True(kinds.Contains(value.ValueKind), $"'{name}' is {value.ValueKind}, expected {string.Join(" or ", kinds)}");
    }

    private static void AssertStrings(JsonElement element, string name)
    {
        AssertKind(element, name, JsonValueKind.Array);
        Assert.All(element.GetProperty(name).EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
    }

    private static void AssertMoney(JsonElement element, string name)
    {
        AssertKind(element, name, JsonValueKind.Object, JsonValueKind.Null);
        var money = element.GetProperty(name);
        if (money.ValueKind == JsonValueKind.Object)
        {
            AssertKind(money, "amount", JsonValueKind.Number);
            AssertKind(money, "currency", JsonValueKind.String);
        }
    }
}
