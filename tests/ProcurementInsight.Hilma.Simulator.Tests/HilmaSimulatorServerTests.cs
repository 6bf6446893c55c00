using System.Net;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class HilmaSimulatorServerTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static readonly SimulatorCorpusOptions TinyOptions = new()
    {
        Seed = 99,
        From = new DateOnly(2025, 6, 2),
        To = new DateOnly(2025, 6, 8),
    };

    [Fact]
    public async Task Health_Get_Returns200()
    {
        using var response = await fixture.Client.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void StartAsync_EphemeralPort_BindsLoopback()
    {
        var server = fixture.Server;

        var address = server.BaseAddress;

        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
    }

    [Fact]
    public async Task UnknownRoute_Get_Returns404WithApimBody()
    {
        using var response = await fixture.Client.GetAsync("avp/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Resource not found", body.GetProperty("message").GetString());
    }

    private static async Task<(HilmaSimulatorServer Server, HttpClient Client)> StartAsync(HilmaSimulatorOptions options, SimulatorCorpusOptions? corpus = null)
    {
        var server = await HilmaSimulatorServer.StartAsync(new SimulatedCorpus(corpus ?? TinyOptions), options, CancellationToken.None);
        return (server, new HttpClient { BaseAddress = server.BaseAddress });
    }
}
