using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class HilmaSimulatorServerTests
{
    [Fact]
    public async Task ReadNotice_AwardNotice_XmlAgreesWithSearchDocument()
    {
        var entry = fixture.Corpus.Entries.First(e => e.Type.Subtype == "29" && !e.IsMalformed);
        var search = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { filter = $"id eq '{entry.Key}'" });
        var doc = search.GetProperty("value").EnumerateArray().Single();

        var read = await SimulatorHttp.ReadJsonAsync(fixture.Client, entry.NoticeId);

        var xml = SimulatorHttp.EForm(read);
        var root = xml.Root!;
        Assert.Equal(entry.NoticeId, read.GetProperty("id").GetInt32());
        Assert.Equal(doc.GetProperty("procedureId").GetInt32(), read.GetProperty("procedureId").GetInt32());
        // BT-701: /*/cbc:ID[@schemeName='notice-id']
        Assert.Equal(doc.GetProperty("eFormsId").GetString(), root.Element(EForms.Cbc + "ID")!.Value);
        // BT-04: /*/cbc:ContractFolderID
        Assert.Equal(doc.GetProperty("contractFolderId").GetString(), root.Element(EForms.Cbc + "ContractFolderID")!.Value);
        // Buyer: the organisation /*/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID points at.
        var buyerOrg = root.Element(EForms.Cac + "ContractingParty")!.Element(EForms.Cac + "Party")!.Element(EForms.Cac + "PartyIdentification")!.Element(EForms.Cbc + "ID")!.Value;
        var company = xml.Descendants(EForms.Efac + "Company").Single(c => c.Element(EForms.Cac + "PartyIdentification")!.Element(EForms.Cbc + "ID")!.Value == buyerOrg);
        var companyId = company.Element(EForms.Cac + "PartyLegalEntity")!.Element(EForms.Cbc + "CompanyID")!.Value;
        Assert.True(BusinessId.TryParse(companyId, out var businessId), companyId);
        Assert.Equal(doc.GetProperty("organisationNationalRegistrationNumber").GetString(), businessId.Value);
    }

    [Fact]
    public async Task ReadNotice_Any_IncludesESenderAndReviewBody()
    {
        var entry = fixture.Corpus.Entries.First(e => !e.IsMalformed);

        var xml = SimulatorHttp.EForm(await SimulatorHttp.ReadJsonAsync(fixture.Client, entry.NoticeId));

        // //efac:Organization/efac:Company/cac:PartyName/cbc:Name
        var names = xml.Descendants(EForms.Efac + "Company").Select(c => c.Element(EForms.Cac + "PartyName")!.Element(EForms.Cbc + "Name")!.Value).ToArray();
        Assert.Contains("Hansel Oy (Hilma)", names);
        Assert.Contains("Markkinaoikeus", names);
    }

    [Fact]
    public async Task ReadNotice_ContractNotice_StatisticsKeyedByLotIdsInXml()
    {
        var entry = fixture.Corpus.Entries.First(e => e.Type.Kind == NoticeKind.Contract && !e.IsMalformed && fixture.Corpus.Generate(e).Lots.Count > 1);

        var read = await SimulatorHttp.ReadJsonAsync(fixture.Client, entry.NoticeId);

        var keys = read.GetProperty("hilmaStatistics").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(EForms.LotIds(SimulatorHttp.EForm(read)), keys);
        Assert.All(read.GetProperty("hilmaStatistics").EnumerateObject(), p =>
            Assert.Contains(p.Value.GetProperty("solutionNewToMarketOrIndustry").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False }));
    }

    [Fact]
    public async Task ReadNotice_PriorInformationNotice_HasNullStatistics()
    {
        var entry = fixture.Corpus.Entries.First(e => e.Type.IsPin && !e.IsMalformed);

        var read = await SimulatorHttp.ReadJsonAsync(fixture.Client, entry.NoticeId);

        Assert.Equal(JsonValueKind.Null, read.GetProperty("hilmaStatistics").ValueKind);
    }

    [Fact]
    public async Task ReadNotice_FlatShapeOption_ReturnsOneStatisticsObject()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { StatisticsShape = StatisticsShape.Flat });
        await using var _ = server;
        using var __ = client;
        var entry = server.Corpus.Entries.First(e => e.Type.HasStatistics);
        var notice = server.Corpus.Generate(entry);

        var read = await SimulatorHttp.ReadJsonAsync(client, entry.NoticeId);

        var statistics = read.GetProperty("hilmaStatistics");
        Assert.False(statistics.TryGetProperty(notice.Lots[0].Id, out var lotKeyed));
        Assert.Equal(notice.Statistics!.SolutionNewToBuyer, statistics.GetProperty("solutionNewToBuyer").GetBoolean());
    }

    [Fact]
    public async Task ReadNotice_Unknown_Returns404Problem()
    {
        using var response = await fixture.Client.GetAsync("avp-eforms/external-read/v1/notice/999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadNotices_KnownAndUnknownIds_LeavesUnknownOut()
    {
        var ids = fixture.Corpus.Entries.Take(3).Select(e => e.NoticeId).Append(999_999_999).ToArray();
        var query = string.Join('&', ids.Select(i => "id=" + i));

        var body = await fixture.Client.GetStringAsync("avp-eforms/external-read/v1/notices?" + query);

        var returned = JsonDocument.Parse(body).RootElement.EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal(ids.Take(3), returned);
    }

    [Fact]
    public async Task ReadNotices_51Ids_Returns400()
    {
        var query = string.Join('&', fixture.Corpus.Entries.Take(51).Select(e => "id=" + e.NoticeId));

        using var response = await fixture.Client.GetAsync("avp-eforms/external-read/v1/notices?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReadNotice_MalformedNotice_IsBrokenTheSameWayEveryTime()
    {
        var key = fixture.Corpus.MalformedKeys.Order(StringComparer.Ordinal).First();
        var id = int.Parse(key[3..], System.Globalization.CultureInfo.InvariantCulture);

        var first = SimulatorHttp.EFormBytes(await SimulatorHttp.ReadJsonAsync(fixture.Client, id));
        var second = SimulatorHttp.EFormBytes(await SimulatorHttp.ReadJsonAsync(fixture.Client, id));

        Assert.Equal(first, second);
        Assert.False(IsEForms(first));
    }

    [Fact]
    public async Task ReadNotice_SameSeed_ReturnsIdenticalEFormBytes()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), SimulatorFixture.CorpusOptions);
        await using var _ = server;
        using var __ = client;
        var id = fixture.Corpus.Entries[123].NoticeId;

        var first = SimulatorHttp.EFormBytes(await SimulatorHttp.ReadJsonAsync(fixture.Client, id));
        var second = SimulatorHttp.EFormBytes(await SimulatorHttp.ReadJsonAsync(client, id));

        Assert.Equal(first, second);
    }

    private static bool IsEForms(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return XDocument.Load(stream).Descendants(EForms.Cbc + "SubTypeCode").Any();
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
