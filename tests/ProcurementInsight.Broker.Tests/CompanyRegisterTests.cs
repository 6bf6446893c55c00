using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The PRH/YTJ client against WireMock serving the real records in the shared fixtures (CONTRACTS.md B).</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class CompanyRegisterTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string Wolt = File.ReadAllText(FixtureFiles.HilmaSample("api-contracts/prh/DERIVED__companies_businessId_2646674-9_wolt.json"));
    private static readonly string Haanpaa = File.ReadAllText(FixtureFiles.HilmaSample("api-contracts/prh/DERIVED__companies_businessId_0877830-0_haanpaa.json"));

    private readonly WireMockServer _server = WireMockServer.Start();

    [Fact]
    public async Task GetAsync_RealRecord_MapsNamesBusinessLineFormAndAddress()
    {
        Answer("2646674-9", 200, Wolt);
        await using var services = await StartAsync();

        var (entry, asked) = await services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        // companies[0].names[type=1, no endDate].name; mainBusinessLine.type; companyForms[0].descriptions[languageCode=1]; addresses[0].postOffices[languageCode=1].city
        Assert.True(asked);
        Assert.Equal(("Wolt Oy", "96999", "Osakeyhtiö", "HELSINKI", "00100"), (entry.Name, entry.MainBusinessLineCode, entry.CompanyForm, entry.City, entry.PostCode));
        Assert.Equal(["Wolt Enterprises Oy"], entry.PreviousNames);
        Assert.Equal(new DateOnly(2014, 10, 7), entry.RegisteredOn);
        Assert.Equal("Muu muualla luokittelematon palvelutoiminta", entry.MainBusinessLine);
    }

    [Fact]
    public async Task GetAsync_OlderSnapshotWithStringFormCode_IsRead()
    {
        Answer("0877830-0", 200, Haanpaa);
        await using var services = await StartAsync();

        var (entry, _) = await services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse("0877830-0"), CancellationToken.None);

        // companies[0].companyForms[0].type is "OY" here, and mainBusinessLine has no type.
        Assert.Equal(("I. Haanpää Oy", "Osakeyhtiö", "Vaasa"), (entry.Name, entry.CompanyForm, entry.City));
    }

    [Fact]
    public async Task GetAsync_SecondTimeWithinRefreshAge_ComesFromTheCache()
    {
        Answer("2646674-9", 200, Wolt);
        var clock = BrokerTestHost.Clock();
        await using var services = await StartAsync(clock);
        var register = services.GetRequiredService<CompanyRegister>();
        await register.GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(29));
        var (entry, asked) = await register.GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        Assert.False(asked);
        Assert.Equal("Wolt Oy", entry.Name);
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task GetAsync_AfterRefreshAge_AsksAgain()
    {
        Answer("2646674-9", 200, Wolt);
        var clock = BrokerTestHost.Clock();
        await using var services = await StartAsync(clock);
        var register = services.GetRequiredService<CompanyRegister>();
        await register.GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(31));
        var (_, asked) = await register.GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        Assert.True(asked);
        Assert.Equal(2, _server.LogEntries.Count);
    }

    [Fact]
    public async Task GetAsync_UnknownBusinessId_IsCachedAsNotFound()
    {
        Answer("0112038-9", 200, "{\"totalResults\":0,\"companies\":[]}");
        await using var services = await StartAsync();

        var (entry, _) = await services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse("0112038-9"), CancellationToken.None);

        Assert.False(entry.Found);
        Assert.False((await services.GetRequiredService<Core.Broker.ICompanyRegisterCache>().GetAsync("0112038-9", CancellationToken.None))!.Found);
    }

    [Theory]
    [InlineData(503, "application/json", "{\"message\":\"Service Unavailable\"}")]
    [InlineData(429, "text/plain", "Too many requests")]
    public async Task GetAsync_TransientFaultThenAnswer_IsRetried(int status, string contentType, string body)
    {
        _server.Given(Request.Create().WithPath("/opendata-ytj-api/v3/companies").UsingGet())
            .InScenario("fault").WillSetStateTo("answered")
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        _server.Given(Request.Create().WithPath("/opendata-ytj-api/v3/companies").UsingGet())
            .InScenario("fault").WhenStateIs("answered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Wolt));
        await using var services = await StartAsync();

        var (entry, _) = await services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None);

        Assert.Equal("Wolt Oy", entry.Name);
        Assert.Equal(2, _server.LogEntries.Count);
    }

    [Fact]
    public async Task GetAsync_BadRequest_IsNotRetriedAndFails()
    {
        Answer("2646674-9", 400, "{\"message\":\"bad\"}");
        await using var services = await StartAsync();

        await Assert.ThrowsAsync<Refit.ApiException>(() => services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse("2646674-9"), CancellationToken.None));

        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task SearchByNameAsync_150Results_ReadsTwoPagesAndStops()
    {
        AnswerPages("Kivi", total: 150, pages: [Page(0, 100), Page(100, 50)]);
        await using var services = await StartAsync();

        var found = await services.GetRequiredService<CompanyRegister>().SearchByNameAsync("Kivi", CancellationToken.None);

        Assert.Equal(150, found.Count);
        Assert.Equal(150, found.Select(f => f.BusinessId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, _server.LogEntries.Count);
    }

    [Fact]
    public async Task SearchByNameAsync_PagePastTheEndAnswersFirstPage_StopsWithoutRepeats()
    {
        // totalResults overstates; page 3 answers page 1 again, as PRH does past the end.
        AnswerPages("Kivi", total: 250, pages: [Page(0, 100), Page(100, 100), Page(0, 100)]);
        await using var services = await StartAsync();

        var found = await services.GetRequiredService<CompanyRegister>().SearchByNameAsync("Kivi", CancellationToken.None);

        Assert.Equal(200, found.Count);
        Assert.Equal(3, _server.LogEntries.Count);
    }

    public void Dispose() => _server.Dispose();

    private Task<ServiceProvider> StartAsync(TimeProvider? clock = null) =>
        BrokerTestHost.StartAsync(azurite, clock ?? BrokerTestHost.Clock(), new Dictionary<string, string?> { ["Prh:BaseAddress"] = _server.Url + "/opendata-ytj-api/v3/" });

    private void Answer(string businessId, int status, string body) =>
        _server.Given(Request.Create().WithPath("/opendata-ytj-api/v3/companies").WithParam("businessId", businessId).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private void AnswerPages(string name, int total, JsonArray[] pages)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            var body = new JsonObject { ["totalResults"] = total, ["companies"] = pages[i] };
            _server.Given(Request.Create().WithPath("/opendata-ytj-api/v3/companies").WithParam("name", name).WithParam("page", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString()));
        }
    }

    /// <summary>Companies cloned from the real Wolt record with distinct business ids.</summary>
    private static JsonArray Page(int from, int count)
    {
        var template = JsonNode.Parse(Wolt)!["companies"]![0]!;
        var page = new JsonArray();
        for (var i = from; i < from + count; i++)
        {
            var company = JsonNode.Parse(template.ToJsonString(), documentOptions: new JsonDocumentOptions())!;
            company["businessId"]!["value"] = FakeId(i);
            page.Add(company);
        }

        return page;
    }

    private static string FakeId(int i)
    {
        var body = (1_000_000 + (i * 7)).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return body + "-" + (BusinessId.CheckDigit(body)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x");
    }
}
