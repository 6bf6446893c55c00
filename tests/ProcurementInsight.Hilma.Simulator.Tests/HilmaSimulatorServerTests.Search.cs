using System.Net;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class HilmaSimulatorServerTests
{
    [Fact]
    public async Task Search_SameSeed_ReturnsIdenticalPage()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), SimulatorFixture.CorpusOptions);
        await using var _ = server;
        using var __ = client;
        var body = new { search = "*", orderby = "datePublished asc", top = 20, skip = 40, count = true };

        var first = await (await SimulatorHttp.SearchAsync(fixture.Client, body)).Content.ReadAsStringAsync();
        var second = await (await SimulatorHttp.SearchAsync(client, body)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Search_DifferentSeed_ReturnsDifferentPage()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions(), SimulatorFixture.CorpusOptions with { Seed = 43 });
        await using var _ = server;
        using var __ = client;
        var body = new { search = "*", orderby = "datePublished asc", top = 20 };

        var first = await (await SimulatorHttp.SearchAsync(fixture.Client, body)).Content.ReadAsStringAsync();
        var second = await (await SimulatorHttp.SearchAsync(client, body)).Content.ReadAsStringAsync();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Search_WindowedPages_ReturnEveryNoticeInRangeExactlyOnce()
    {
        const string Filter = "datePublished ge 2025-03-10T00:00:00Z and datePublished lt 2025-03-24T00:00:00Z and isPlan eq false and isEForms eq true";
        var expected = fixture.Corpus.Entries
            .Where(e => e.DatePublished >= new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero) && e.DatePublished < new DateTimeOffset(2025, 3, 24, 0, 0, 0, TimeSpan.Zero))
            .Select(e => e.Key)
            .ToArray();
        var seen = new List<string>();
        int? count = null;

        for (var skip = 0; count is null || skip < count; skip += 97)
        {
            var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { search = "*", filter = Filter, orderby = "datePublished asc", top = 97, skip, count = true, select = "id,datePublished" });
            count = page.GetProperty("@odata.count").GetInt32();
            seen.AddRange(page.GetProperty("value").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
        }

        Assert.Equal(expected.Length, count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Search_OrderByDatePublishedDesc_ReturnsNewestFirst()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { orderby = "datePublished desc", top = 50 });

        var dates = page.GetProperty("value").EnumerateArray().Select(d => d.GetProperty("datePublished").GetDateTimeOffset()).ToArray();

        Assert.Equal(50, dates.Length);
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(fixture.Corpus.Entries[^1].DatePublished, dates[0]);
    }

    [Fact]
    public async Task Search_FilterOnMainType_ReturnsOnlyThatType()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { filter = "mainType eq 'ContractAwardNotices' and type eq '29'", top = 1000, count = true });

        var docs = page.GetProperty("value").EnumerateArray().ToArray();

        Assert.Equal(fixture.Corpus.Entries.Count(e => e.Type.Subtype == "29"), page.GetProperty("@odata.count").GetInt32());
        Assert.All(docs, d => Assert.Equal("ContractAwardNotices", d.GetProperty("mainType").GetString()));
    }

    [Fact]
    public async Task Search_DateModifiedWindow_FindsCorrectedNoticeWithNewerDateModified()
    {
        var corrected = fixture.Corpus.Entries.First(e => e.IsCorrected);
        var filter = $"dateModified ge {corrected.DateModified.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ} and dateModified le {corrected.DateModified.AddMinutes(1):yyyy-MM-ddTHH:mm:ssZ}";

        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { filter, top = 1000 });

        var doc = page.GetProperty("value").EnumerateArray().Single(d => d.GetProperty("id").GetString() == corrected.Key);
        Assert.True(doc.GetProperty("dateModified").GetDateTimeOffset() > doc.GetProperty("datePublished").GetDateTimeOffset().AddDays(1));
    }

    [Fact]
    public async Task Search_TopZeroWithCount_ReturnsOnlyTheCount()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { search = "*", top = 0, count = true });

        Assert.Equal(fixture.Corpus.Count, page.GetProperty("@odata.count").GetInt32());
        Assert.Equal(0, page.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Search_CountFalse_OmitsOdataCount()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { top = 1 });

        Assert.False(page.TryGetProperty("@odata.count", out _));
        Assert.Equal(1, page.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Search_Select_RestrictsFields()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { top = 3, select = "id,noticeId,datePublished" });

        var names = page.GetProperty("value")[0].EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(["@search.score", "id", "noticeId", "datePublished"], names);
    }

    [Fact]
    public async Task Search_Document_HasTheRealIndexShape()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { filter = "type eq 'E4'", top = 1 });

        var doc = page.GetProperty("value")[0];

        Assert.Equal("EF-" + doc.GetProperty("noticeId").GetInt32(), doc.GetProperty("id").GetString());
        Assert.Matches(@"^\d{8}( \d{8})*$", doc.GetProperty("cpvCodes").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", doc.GetProperty("datePublished").GetString());
        Assert.True(doc.GetProperty("isNationalProcurement").GetBoolean());
        Assert.False(doc.GetProperty("isEuProcurement").GetBoolean());
        Assert.Matches(@"^[^()]+ \([^()]+\)(, [^()]+ \([^()]+\))*$", doc.GetProperty("winnerOrganisations").GetString());
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("lots").ValueKind);
        Assert.Equal(JsonValueKind.String, doc.GetProperty("lots")[0].GetProperty("id").ValueKind);
        Assert.Contains(doc.GetProperty("lots")[0].GetProperty("solutionNewToBuyer").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    [Fact]
    public async Task Search_TopOver1000_Returns400InvalidRequestParameter()
    {
        using var response = await SimulatorHttp.SearchAsync(fixture.Client, new { top = 1001 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidRequestParameter", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SkipOver100000_Returns400WithAzureMessage()
    {
        using var response = await SimulatorHttp.SearchAsync(fixture.Client, new { skip = 100_001 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("(InvalidRequestParameter) Value must be between 0 and 100000. Parameter name: $skip", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_UnsupportedFilter_Returns400NamingTheProblem()
    {
        using var response = await SimulatorHttp.SearchAsync(fixture.Client, new { filter = "search.ismatch('72000000','cpvCodes')" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("search.ismatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownFilterField_Returns400NamingTheField()
    {
        using var response = await SimulatorHttp.SearchAsync(fixture.Client, new { filter = "colour eq 'blue'" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'colour'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Text_ReturnsOnlyNoticesMentioningIt()
    {
        var page = await SimulatorHttp.SearchJsonAsync(fixture.Client, new { search = "Talvikunnossapito", top = 1000, count = true, select = "id,titleFi,descriptionFi" });

        var docs = page.GetProperty("value").EnumerateArray().ToArray();

        Assert.NotEmpty(docs);
        Assert.All(docs, d => Assert.Contains("alvikunnossapito", d.GetProperty("titleFi").GetString() + d.GetProperty("descriptionFi").GetString(), StringComparison.Ordinal));
    }
}
