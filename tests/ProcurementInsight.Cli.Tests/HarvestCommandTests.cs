using System.Globalization;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>harvest --from --to</c>: harvests a range from a HILMA API into storage and prints the counts.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class HarvestCommandTests(AzuriteFixture azurite, SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string From = "2025-03-03";
    private const string To = "2025-03-17";

    private readonly Dictionary<string, string?> _settings = new(azurite.NewStorageSettings())
    {
        ["Hilma:UseSimulator"] = "false",
        ["Hilma:BaseAddress"] = simulator.BaseAddress.ToString(),
    };

    [Fact]
    public async Task Harvest_RangeIntoEmptyStorage_CountsEveryNoticeInRangeAsNew()
    {
        var expected = ExpectedCount();

        var result = await CliRun.RunAsync(_settings, "harvest", "--from", From, "--to", To, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Counts(fetched: expected, created: expected, unchanged: 0), result.OutputLines);
    }

    [Fact]
    public async Task Harvest_SameRangeTwice_SecondRunCountsEveryNoticeUnchanged()
    {
        var expected = ExpectedCount();
        var first = await CliRun.RunAsync(_settings, "harvest", "--from", From, "--to", To, "--quiet");
        Assert.Equal(0, first.ExitCode);

        var second = await CliRun.RunAsync(_settings, "harvest", "--from", From, "--to", To, "--quiet");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains(Counts(fetched: expected, created: 0, unchanged: expected), second.OutputLines);
    }

    [Theory]
    [InlineData("--from", "notadate")]
    [InlineData("--to", "2025-13-45")]
    public async Task Harvest_InvalidDate_FailsNamingTheValue(string option, string value)
    {
        var result = await CliRun.RunAsync(_settings, "harvest", option, value, "--quiet");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"'{value}' is not a date", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fetched", result.Output, StringComparison.Ordinal);
    }

    private int ExpectedCount()
    {
        var from = DateTimeOffset.Parse(From, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var to = DateTimeOffset.Parse(To, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var count = simulator.KeysPublishedIn(from, to).Count;
        // Guards the test's premise: a range with no notices would make "new 0" trivially true.
        Assert.InRange(count, 20, 500);
        return count;
    }

    private static string Counts(int fetched, int created, int unchanged) =>
        string.Create(CultureInfo.InvariantCulture, $"fetched {fetched}, new {created}, updated 0, unchanged {unchanged}, quarantined 0");
}
