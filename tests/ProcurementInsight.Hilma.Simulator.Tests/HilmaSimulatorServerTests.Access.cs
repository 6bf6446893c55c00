using System.Net;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class HilmaSimulatorServerTests
{
    [Fact]
    public async Task Request_WithoutSubscriptionKey_Returns401MissingKey()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { SubscriptionKey = "secret" });
        await using var _ = server;
        using var __ = client;

        using var response = await SimulatorHttp.SearchAsync(client, new { top = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(401, body.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("Access denied due to missing subscription key", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithWrongSubscriptionKey_Returns401InvalidKey()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { SubscriptionKey = "secret" });
        await using var _ = server;
        using var __ = client;
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "wrong");

        using var response = await client.GetAsync($"avp-eforms/external-read/v1/notice/{server.Corpus.Entries[0].NoticeId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid subscription key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, server.Statistics.Unauthorized);
    }

    [Fact]
    public async Task Request_WithRightSubscriptionKey_Succeeds()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { SubscriptionKey = "secret" });
        await using var _ = server;
        using var __ = client;
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "secret");

        using var response = await SimulatorHttp.SearchAsync(client, new { top = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_AfterConfiguredRequestsPerMinute_Returns429WithRetryAfter()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { RequestsPerMinute = 3, TimeProvider = clock });
        await using var _ = server;
        using var __ = client;
        for (var i = 0; i < 3; i++)
        {
            using var ok = await SimulatorHttp.SearchAsync(client, new { top = 1 });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        using var throttled = await SimulatorHttp.SearchAsync(client, new { top = 1 });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("text/plain", throttled.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(1, server.Statistics.Throttled);
    }

    [Fact]
    public async Task Request_AfterRetryAfterHasPassed_SucceedsAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { RequestsPerMinute = 1, TimeProvider = clock });
        await using var _ = server;
        using var __ = client;
        using (await SimulatorHttp.SearchAsync(client, new { top = 1 }))
        {
        }

        using var throttled = await SimulatorHttp.SearchAsync(client, new { top = 1 });
        clock.Advance(throttled.Headers.RetryAfter!.Delta!.Value);
        using var retried = await SimulatorHttp.SearchAsync(client, new { top = 1 });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task Request_WithServerErrorFaults_Returns5xxStringBodies()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { Faults = new FaultOptions { Rate5xx = 1.0 } });
        await using var _ = server;
        using var __ = client;

        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await SimulatorHttp.SearchAsync(client, new { top = 1 });
            statuses.Add((int)response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { 500, 503 }));
        Assert.Contains(500, statuses);
        Assert.Contains(503, statuses);
        Assert.Equal(20, server.Statistics.ServerErrors);
    }

    [Fact]
    public async Task Request_WithSeededFaults_FollowsTheSameSequenceEveryRun()
    {
        var options = new HilmaSimulatorOptions { Faults = new FaultOptions { Rate429 = 0.3, Rate5xx = 0.3 }, FaultSeed = 5 };
        async Task<int[]> RunAsync()
        {
            var (server, client) = await StartAsync(options);
            await using var _ = server;
            using var __ = client;
            var statuses = new int[15];
            for (var i = 0; i < statuses.Length; i++)
            {
                using var response = await SimulatorHttp.SearchAsync(client, new { top = 1 });
                statuses[i] = (int)response.StatusCode;
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(429, first);
    }

    [Fact]
    public async Task Request_WithSlowFault_IsDelayedThenAnswered()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions { Faults = new FaultOptions { SlowRate = 1.0, SlowDelay = TimeSpan.Zero } });
        await using var _ = server;
        using var __ = client;

        using var response = await SimulatorHttp.SearchAsync(client, new { top = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Statistics.Slow);
        Assert.Equal(1, server.Statistics.Requests);
    }

    [Fact]
    public async Task StartAsync_PortAlreadyTaken_Throws()
    {
        var (server, client) = await StartAsync(new HilmaSimulatorOptions());
        await using var _ = server;
        using var __ = client;

        var failure = await Record.ExceptionAsync(() => HilmaSimulatorServer.StartAsync(server.Corpus, new HilmaSimulatorOptions { Port = server.BaseAddress.Port }, CancellationToken.None));

        Assert.IsType<IOException>(failure, exactMatch: false);
    }
}
