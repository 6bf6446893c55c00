using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>The buyer functions end to end on Azurite: API keys, rate limit, needs and their matches.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BuyerEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var settings = azurite.NewStorageSettings();
        settings["Broker:RequestsPerMinutePerKey"] = "3";
        settings["Broker:FailedKeyAttemptsPerMinutePerAddress"] = "2";
        settings["Broker:MaxRegisterLookupsPerBuild"] = "0"; // no register here: profiles are built from notices alone
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProcurementInsight(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task PostNeed_WithoutKey_Is401()
    {
        var result = await Function<PostNeed>().RunAsync(Request(null, "{\"title\":\"t\",\"description\":\"d\"}"), CancellationToken.None);

        Assert.Equal(401, Assert.IsType<ContentResult>(result).StatusCode);
    }

    [Fact]
    public async Task PostNeed_UnknownKey_Is401()
    {
        var result = await Function<PostNeed>().RunAsync(Request("pik_notarealkey", "{\"title\":\"t\",\"description\":\"d\"}"), CancellationToken.None);

        Assert.Equal(401, Assert.IsType<ContentResult>(result).StatusCode);
    }

    [Fact]
    public async Task PostNeed_UnknownKeysFromOneRemoteAddress_Is429ThenButNotForAnotherAddress()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
        var function = Function<PostNeed>();
        var statuses = new List<int?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(Assert.IsType<ContentResult>(await function.RunAsync(Request("pik_guess", "{\"title\":\"t\",\"description\":\"d\"}", address: "198.51.100.7"), CancellationToken.None)).StatusCode);
        }

        var elsewhere = Assert.IsType<ContentResult>(await function.RunAsync(Request(key, "{\"title\":\"t\",\"description\":\"d\"}", address: "203.0.113.9"), CancellationToken.None));

        Assert.Equal([401, 401, 429], statuses);
        Assert.Equal(201, elsewhere.StatusCode);
    }

    [Fact]
    public async Task PostNeed_BadCpv_Is400WithTheField()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var result = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(Request(key, "{\"title\":\"t\",\"description\":\"d\",\"cpv\":\"12\"}"), CancellationToken.None));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("\"cpv\"", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNeed_FortyMegabytesDeclared_Is413ProblemBeforeReadingTheBody()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
        var request = Request(key, "{}");
        request.ContentLength = 40L * 1024 * 1024;
        request.Body = new UnreadableStream();

        var result = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(request, CancellationToken.None));

        Assert.Equal(413, result.StatusCode);
        Assert.Equal("application/problem+json", result.ContentType);
    }

    [Fact]
    public async Task PostNeed_OverTheLimitWithoutContentLength_Is413()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
        var request = Request(key, "{\"title\":\"t\",\"description\":\"" + new string('x', Broker.Web.BuyerApi.MaxNeedBytes) + "\"}");

        var result = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(request, CancellationToken.None));

        Assert.Equal(413, result.StatusCode);
    }

    [Theory]
    [InlineData("{\"title\":5,\"description\":\"d\"}", "title")]
    [InlineData("{\"title\":\"t\",\"description\":\"d\",\"cpv\":{}}", "cpv")]
    public async Task PostNeed_WrongJsonType_Is400ProblemNamingTheField(string body, string field)
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var result = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(Request(key, body), CancellationToken.None));

        Assert.Equal(400, result.StatusCode);
        using var problem = JsonDocument.Parse(result.Content!);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), result.Content);
        Assert.Contains($"'{field}'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNeed_TextPlainBody_Is415()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
        var request = Request(key, "{\"title\":\"t\",\"description\":\"d\"}");
        request.ContentType = "text/plain";

        var result = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(request, CancellationToken.None));

        Assert.Equal(415, result.StatusCode);
    }

    [Fact]
    public async Task PostNeedThenMatches_StoredProfiles_RanksTheSupplierWithEvidence()
    {
        await StoreProfilesAsync();
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var posted = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(Request(key, "{\"title\":\"Katujen päällystys\",\"description\":\"Tienrakennustyöt ja päällystys keskustassa\",\"cpv\":\"45233140\",\"region\":\"FI1B1\"}"), CancellationToken.None));
        var id = JsonDocument.Parse(posted.Content!).RootElement.GetProperty("id").GetString()!;
        var matches = Assert.IsType<ContentResult>(await Function<GetNeedMatches>().RunAsync(Request(key, null, "?top=5"), id, CancellationToken.None));

        Assert.Equal(201, posted.StatusCode);
        Assert.Equal(200, matches.StatusCode);
        var first = JsonDocument.Parse(matches.Content!).RootElement.GetProperty("matches")[0];
        Assert.Equal("0112038-9", first.GetProperty("businessId").GetString());
        Assert.True(first.GetProperty("evidence").GetProperty("matchedTerms").GetArrayLength() > 0);
    }

    [Fact]
    public async Task GetNeedMatches_AnotherOrganisationsNeed_Is404()
    {
        var keys = _services.GetRequiredService<BuyerKeys>();
        var espoo = await keys.CreateAsync("Espoon kaupunki", CancellationToken.None);
        var vantaa = await keys.CreateAsync("Vantaan kaupunki", CancellationToken.None);
        var posted = Assert.IsType<ContentResult>(await Function<PostNeed>().RunAsync(Request(espoo, "{\"title\":\"Siivous\",\"description\":\"Toimitilojen siivous\"}"), CancellationToken.None));
        var id = JsonDocument.Parse(posted.Content!).RootElement.GetProperty("id").GetString()!;

        var result = Assert.IsType<ContentResult>(await Function<GetNeedMatches>().RunAsync(Request(vantaa, null), id, CancellationToken.None));

        Assert.Equal(404, result.StatusCode);
    }

    [Fact]
    public async Task GetSupplier_OverTheRateLimit_Is429WithRetryAfter()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);
        var function = Function<GetSupplier>();
        var statuses = new List<int?>();
        HttpRequest last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = Request(key, null);
            statuses.Add(Assert.IsType<ContentResult>(await function.RunAsync(last, "0112038-9", CancellationToken.None)).StatusCode);
        }

        // Three a minute allowed (Broker:RequestsPerMinutePerKey); the stored profiles are empty, so 404 until the limit.
        Assert.Equal([404, 404, 404, 429], statuses);
        Assert.False(string.IsNullOrEmpty(last.HttpContext.Response.Headers.RetryAfter.ToString()));
    }

    [Fact]
    public async Task BuyerKeys_StoresOnlyTheHash()
    {
        var key = await _services.GetRequiredService<BuyerKeys>().CreateAsync("Espoon kaupunki", CancellationToken.None);

        var stored = await _services.GetRequiredService<IBuyerKeyStore>().FindAsync(BuyerKeys.Hash(key), CancellationToken.None);

        Assert.Equal("Espoon kaupunki", stored!.Organisation);
        Assert.DoesNotContain(key, stored.KeyHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.KeyHash.Length);
    }

    private async Task StoreProfilesAsync()
    {
        var notices = _services.GetRequiredService<INoticeStore>();
        var roads = NoticeBuilder.Minimal("EF-10").WithTitle("FIN", "Tienrakennustyöt ja päällystys").Build();
        roads = roads with
        {
            FormType = Core.Notices.FormType.Result,
            Lots = [roads.Lots[0] with { MainCpv = Core.Notices.CpvCode.Parse("45233140") }],
            Winners = [new Core.Notices.Winner("LOT-0000", "Tie Oy", Core.Organisations.OrganisationIdentifier.FromPublished("0112038-9"), null, null)],
            PublicationDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
        };
        await notices.SaveAsync(new StoredNotice(roads, NoticeBuilder.Minimal("EF-10").BuildStored("<xml/>", null).Revision), CancellationToken.None);
        await _services.GetRequiredService<Broker.Profiles.SupplierProfileJob>().RunAsync(CancellationToken.None);
    }

    private T Function<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    private static HttpRequest Request(string? key, string? body, string query = "", string? address = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address is null ? null : System.Net.IPAddress.Parse(address);
        if (key is not null)
        {
            context.Request.Headers[BuyerKeys.HeaderName] = key;
        }

        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        if (body is not null)
        {
            context.Request.ContentType = "application/json";
        }

        return context.Request;
    }

    /// <summary>A body that fails the test if the handler reads it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The body was read.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("The body was read.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new InvalidOperationException("The body was read.");
    }
}
