using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>serve</c>: the local twin answers the function app's routes over HTTP and stops when cancelled.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ServeCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private LocalServe _serve = null!;

    public async Task InitializeAsync()
    {
        // No bundled simulator, and a yearly schedule so the harvest job never runs during a test.
        _settings["Hilma:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        await using (var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)))
        {
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            var stored = NoticeBuilder.Rich("EF-48640").BuildStored("<xml/>", new DateTimeOffset(2026, 5, 8, 14, 51, 10, TimeSpan.Zero));
            await services.GetRequiredService<INoticeStore>().SaveAsync(stored, CancellationToken.None);
        }

        _serve = await LocalServe.StartAsync(LocalServe.NewAddress(), _settings);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Fact]
    public async Task GetNotice_StoredNotice_Returns200JsonWithNotice()
    {
        using var response = await _serve.Http.GetAsync("api/notices/EF-48640");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("EF-48640", json.RootElement.GetProperty("notice").GetProperty("hilmaId").GetString());
        Assert.All(json.RootElement.GetProperty("notice").GetProperty("buyers").EnumerateArray(), b => Assert.Equal(JsonValueKind.Null, b.GetProperty("email").ValueKind));
    }

    [Fact]
    public async Task GetNotice_UnknownId_Returns404Problem()
    {
        using var response = await _serve.Http.GetAsync("api/notices/EF-999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("EF-999999", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNotice_NotAnId_Returns400Problem()
    {
        using var response = await _serve.Http.GetAsync("api/notices/not-an-id");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("api/estimates/2025?definition=market")]
    [InlineData("api/estimates/2025/page")]
    public async Task GetEstimate_NothingTrained_Returns404ProblemSayingToTrain(string path)
    {
        using var response = await _serve.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("procurement-insight train", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEstimate_UnknownDefinition_Returns400Problem()
    {
        using var response = await _serve.Http.GetAsync("api/estimates/2025?definition=novel");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("market", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_Started_PrintsTheAddressItIsBoundTo()
    {
        // InitializeAsync set the base address before serve started.
        var bound = _serve.Http.BaseAddress!.ToString().TrimEnd('/');

        var printed = _serve.Output;

        Assert.Contains($"listening on {bound} (routes under /api)", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_Cancelled_StopsAndExitsZero()
    {
        var exitCode = await _serve.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("listening on", _serve.Output, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => _serve.Http.GetAsync("api/health"));
    }
}
