using System.Net;
using System.Text.Json;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// <c>serve</c> keeps the function app's keyed routes behind a function key (the levels themselves are held
/// equal to the app's <c>[HttpTrigger]</c> levels by <c>LocalTwinTests</c> in the Functions tests), and
/// listens on loopback unless told otherwise.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ServeAuthorizationTests(AzuriteFixture azurite)
{
    private const string Key = "serve-authorization-test-key-0123456789";

    private static readonly Dictionary<string, int> WithKey = new(StringComparer.Ordinal)
    {
        ["ExportSurveyAnswers"] = 200,
        ["BrokerView"] = 200,
        ["GetNotice"] = 404,
        ["GetEstimate"] = 404,
        ["GetEstimatePage"] = 404,
        ["GetOrganisation"] = 404,
        ["GetOrganisationPage"] = 404,
        ["ListOrganisations"] = 200,
    };

    [Fact]
    public async Task KeyedRoutes_NoKeyWrongKeyRightKey_Answer401Then401ThenTheRoutesOwnAnswer()
    {
        await using var serve = await LocalServe.StartAsync(LocalServe.NewAddress(), Settings(Key));
        using var anonymous = new HttpClient { BaseAddress = serve.Http.BaseAddress };
        var answers = new List<string>();

        foreach (var route in KeyedRoutes())
        {
            var path = Path(route);
            answers.Add($"{route.FunctionName} none {await StatusAsync(anonymous, path, null)}");
            answers.Add($"{route.FunctionName} wrong {await StatusAsync(anonymous, path, Key + "x")}");
            answers.Add($"{route.FunctionName} code-wrong {await StatusAsync(anonymous, path + "?code=" + Uri.EscapeDataString(Key[..^1]), null)}");
            answers.Add($"{route.FunctionName} header {await StatusAsync(anonymous, path, Key)}");
            answers.Add($"{route.FunctionName} code {await StatusAsync(anonymous, path + "?code=" + Uri.EscapeDataString(Key), null)}");
        }

        // With the key each route answers for itself: the CSV and the broker view (200), no such notice and
        // no trained estimate (404, a problem that names the notice or says to train), never 401.
        string[] expected =
        [
            .. KeyedRoutes().SelectMany(r => new[] { $"{r.FunctionName} none 401", $"{r.FunctionName} wrong 401", $"{r.FunctionName} code-wrong 401" }
                .Concat(new[] { "header", "code" }.Select(how => $"{r.FunctionName} {how} {WithKey[r.FunctionName]}"))),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), answers.Order(StringComparer.Ordinal));
        Assert.Equal(WithKey.Keys.Order(StringComparer.Ordinal), KeyedRoutes().Select(r => r.FunctionName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnonymousRoutes_NoKey_AreNeverRefusedForTheKey()
    {
        await using var serve = await LocalServe.StartAsync(LocalServe.NewAddress(), Settings(Key));
        using var anonymous = new HttpClient { BaseAddress = serve.Http.BaseAddress };
        var refused = new List<string>();

        foreach (var route in LocalTwin.Routes.Where(r => r.Level == AccessLevel.Anonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), Path(route));
            using var response = await anonymous.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Unauthorized && (await response.Content.ReadAsStringAsync()).Contains("function key", StringComparison.Ordinal))
            {
                refused.Add(route.FunctionName);
            }
        }

        Assert.Empty(refused);
        Assert.Contains(LocalTwin.Routes, r => r.Level == AccessLevel.Anonymous && r.FunctionName == "GetSurveyForm");
    }

    [Fact]
    public async Task KeyedRoutes_NoKeyConfigured_StayClosedAndStartSaysHowToSetOne()
    {
        // Serve:MasterKey empty: serve has a Serve section but no key at all.
        await using var serve = await LocalServe.StartAsync(LocalServe.NewAddress(), Settings(null));

        using var response = await serve.Http.GetAsync("api/surveys/export?code=");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Serve__FunctionKeys__default", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("No function key is set", serve.Output, StringComparison.Ordinal);
        Assert.Contains("Serve__FunctionKeys__default", serve.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("*")]
    public async Task Urls_NonLoopbackWithoutAllowRemote_RefusesToStartAndSaysWhy(string host)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["serve", "--urls", $"http://{host}:{LoopbackPort.Free()}"], output, error, Settings(Key));

        Assert.Equal(2, exitCode);
        Assert.Contains("--allow-remote", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("listening on", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_NonLoopbackWithAllowRemote_ListensAndWarns()
    {
        var port = LoopbackPort.Free();

        await using var serve = await LocalServe.StartAsync(new Uri($"http://127.0.0.1:{port}/"), Settings(Key), $"http://0.0.0.0:{port}", ["--allow-remote"]);

        Assert.Contains("Warning: serve listens on http://0.0.0.0:", serve.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071", 0)]
    [InlineData("http://localhost:7071;http://[::1]:7072", 0)]
    [InlineData("http://127.0.0.1:7071;http://192.168.1.5:7071", 1)]
    [InlineData("http://+:7071", 1)]
    [InlineData("http://example.org:7071", 1)]
    public void RemoteAddresses_Urls_NamesTheOnesOtherMachinesCanReach(string urls, int expected)
    {
        var remote = Commands.ServeCommand.RemoteAddresses(urls);

        Assert.Equal(expected, remote.Count);
    }

    private Dictionary<string, string?> Settings(string? key)
    {
        var settings = azurite.NewStorageSettings();
        settings["Hilma:UseSimulator"] = "false";
        settings["Prh:UseSimulator"] = "false";
        settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        settings["Serve:FunctionKeys:default"] = key ?? string.Empty;
        return settings;
    }

    private static IEnumerable<LocalRoute> KeyedRoutes() => LocalTwin.Routes.Where(r => r.Level != AccessLevel.Anonymous);

    private static string Path(LocalRoute route) =>
        $"api/{route.Route}".Replace("{id}", "EF-999999", StringComparison.Ordinal).Replace("{year}", "2025", StringComparison.Ordinal)
            .Replace("{token}", "x", StringComparison.Ordinal).Replace("{key}", "x", StringComparison.Ordinal).Replace("{businessId}", "0112038-9", StringComparison.Ordinal);

    private static async Task<int> StatusAsync(HttpClient http, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add(FunctionKeys.HeaderName, key);
        }

        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
