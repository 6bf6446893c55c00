using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// What a user sees when a setting is wrong or a resource cannot be had: one plain message on standard error naming
/// the setting or resource, the documented exit code (2 bad configuration, 3 unavailable), and no stack trace.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class CommandFailureTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Survey:ValidFor", "abc", "survey", "Setting Survey__ValidFor is 'abc', which is not a duration")]
    [InlineData("Survey:ValidFor", "00:00:05", "survey", "Setting Survey__ValidFor is not valid: The field ValidFor must be between 1.00:00:00 and 730.00:00:00.")]
    [InlineData("Hilma:BaseAddress", "not a url", "harvest", "Setting Hilma__BaseAddress (Hilma:BaseAddress) must be an absolute http or https address")]
    [InlineData("Hilma:StoreParallelism", "four", "harvest", "Setting Hilma__StoreParallelism is 'four', which is not a whole number.")]
    [InlineData("Simulator:Rate429", "1.5", "harvest", "Setting Simulator__Rate429 is not valid: The field Rate429 must be between 0 and 1.")]
    [InlineData("Simulator:To", "2024-06-01", "harvest", "Simulator:To (2024-06-01) must be at least a day after Simulator:From (2025-01-01)")]
    public async Task Command_BadSetting_SaysWhichSettingAndExits2(string key, string value, string command, string message)
    {
        var settings = new Dictionary<string, string?>(azurite.NewStorageSettings()) { [key] = value };
        string[] args = command == "survey" ? ["survey", "rates"] : ["harvest", "--quiet"];

        var result = await CliRun.RunAsync(settings, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("appsettings.json", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Harvest_SimulatorPortTaken_SaysWhichSettingAndExits3()
    {
        using var holder = HoldPort(out var port);
        var settings = new Dictionary<string, string?>(azurite.NewStorageSettings())
        {
            ["Hilma:BaseAddress"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"),
            ["Simulator:NoticesPerYear"] = "500",
        };

        var result = await CliRun.RunAsync(settings, "harvest", "--quiet");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Port {port} on 127.0.0.1 is taken by another process, so the bundled HILMA simulator cannot listen at Hilma__BaseAddress"), result.Error, StringComparison.Ordinal);
        Assert.Contains("Hilma__UseSimulator=false", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Serve_RegisterSimulatorPortTaken_SaysWhichSettingAndExits3()
    {
        using var holder = HoldPort(out var port);
        var settings = new Dictionary<string, string?>(azurite.NewStorageSettings())
        {
            ["Hilma:UseSimulator"] = "false",
            ["Prh:BaseAddress"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/opendata-ytj-api/v3/"),
            ["Simulator:NoticesPerYear"] = "500",
        };

        var result = await CliRun.RunAsync(settings, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Port {port} on 127.0.0.1 is taken by another process, so the bundled register simulator cannot listen at Prh__BaseAddress"), result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Serve_StorageUnreachable_FailsFastNamingTheSettingAndExits3()
    {
        var closed = LoopbackPort.Free();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(closed, closed, closed),
            ["Hilma:UseSimulator"] = "false",
            ["Prh:UseSimulator"] = "false",
        };
        var clock = Stopwatch.StartNew();

        var result = await CliRun.RunAsync(settings, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Storage cannot be reached at http://127.0.0.1:{closed}/devstoreaccount1"), result.Error, StringComparison.Ordinal);
        Assert.Contains("Check Storage__ConnectionString", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening on", result.Output, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        // A refused connection fails when the probe's client gives up (seconds), before its 15 s deadline.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Command_BadSettingWithVerbose_AddsTheStackTrace()
    {
        var settings = new Dictionary<string, string?>(azurite.NewStorageSettings()) { ["Survey:ValidFor"] = "abc" };

        var result = await CliRun.RunAsync(settings, "survey", "rates", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Setting Survey__ValidFor is 'abc'", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A listener holding a loopback port, as another program would.</summary>
    private static TcpListener HoldPort(out int port)
    {
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        port = ((IPEndPoint)holder.LocalEndpoint).Port;
        return holder;
    }

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Error, StringComparison.Ordinal);
    }
}
