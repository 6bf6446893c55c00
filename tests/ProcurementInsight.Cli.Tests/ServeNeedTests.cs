using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>serve</c> answers <c>POST /api/needs</c> as the function app does: 413, 415, 400 naming the field, and the failed-key limit by client address.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ServeNeedTests(AzuriteFixture azurite)
{
    private Dictionary<string, string?> _settings = [];

    [Fact]
    public async Task PostNeed_BodyOverTheLimitWithContentLength_Is413Problem()
    {
        await using var serve = await StartAsync(new Dictionary<string, string?>());
        var key = await BuyerKeyAsync(serve);
        using var content = new StringContent(Need(new string('x', BuyerApi.MaxNeedBytes)), Encoding.UTF8, "application/json");

        using var response = await PostAsync(serve, key, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostNeed_BodyOverTheLimitChunked_Is413ProblemNot500()
    {
        await using var serve = await StartAsync(new Dictionary<string, string?>());
        var key = await BuyerKeyAsync(serve);
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(Need(new string('x', BuyerApi.MaxNeedBytes + 4096)))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength); // sent chunked

        using var response = await PostAsync(serve, key, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("KiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNeed_TextPlainBody_Is415()
    {
        await using var serve = await StartAsync(new Dictionary<string, string?>());
        var key = await BuyerKeyAsync(serve);
        using var content = new StringContent(Need("Toimitilojen siivous"), Encoding.UTF8, "text/plain");

        using var response = await PostAsync(serve, key, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostNeed_WrongJsonType_Is400ProblemNamingTheField()
    {
        await using var serve = await StartAsync(new Dictionary<string, string?>());
        var key = await BuyerKeyAsync(serve);
        using var content = new StringContent("{\"title\":\"Siivous\",\"description\":\"d\",\"region\":7}", Encoding.UTF8, "application/json");

        using var response = await PostAsync(serve, key, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("region", out _));
    }

    [Fact]
    public async Task PostNeed_UnknownKeysFromLoopbackOverTheLimit_Is429WithRetryAfter()
    {
        await using var serve = await StartAsync(new Dictionary<string, string?> { ["Broker:FailedKeyAttemptsPerMinutePerAddress"] = "2" });
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;

        for (var i = 0; i < 3; i++)
        {
            using var content = new StringContent(Need("Siivous"), Encoding.UTF8, "application/json");
            using var response = await PostAsync(serve, "pik_guess", content);
            statuses.Add(response.StatusCode);
            retryAfter = response.Headers.RetryAfter?.Delta;
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    private async Task<LocalServe> StartAsync(Dictionary<string, string?> more)
    {
        var settings = azurite.NewStorageSettings();
        settings["Hilma:UseSimulator"] = "false";
        settings["Prh:UseSimulator"] = "false";
        settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        foreach (var (name, value) in more)
        {
            settings[name] = value;
        }

        _settings = settings;
        return await LocalServe.StartAsync(LocalServe.NewAddress(), settings);
    }

    private async Task<string> BuyerKeyAsync(LocalServe serve)
    {
        var created = await CliRun.RunAsync(_settings, "buyer-key", "create", "--organisation", "Espoon kaupunki");
        Assert.True(created.ExitCode == 0, created.Error + serve.Error);
        return created.Output.Trim();
    }

    private static async Task<HttpResponseMessage> PostAsync(LocalServe serve, string key, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/needs") { Content = content };
        request.Headers.Add(BuyerKeys.HeaderName, key);
        return await serve.Http.SendAsync(request);
    }

    private static string Need(string description) => JsonSerializer.Serialize(new { title = "Siivous", description });

    /// <summary>A body without a length, so the client sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
