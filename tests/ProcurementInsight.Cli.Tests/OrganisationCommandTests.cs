using System.Text.Json;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>organisation show BUSINESSID [--json]</c> and <c>organisation list [--sector S] [--json]</c>.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OrganisationCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();

    public Task InitializeAsync() => StoredOrganisations.StoreAsync(_settings);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ShowJson_StoredBuyer_PrintsItsProcurementsQuartersAndShrunkShares()
    {
        var result = await CliRun.RunAsync(_settings, "organisation", "show", StoredOrganisations.Helsinki, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(StoredOrganisations.Helsinki, root.GetProperty("businessId").GetString());
        Assert.Equal(8, root.GetProperty("procurements").GetInt32());
        Assert.Equal(4, root.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("quarter").GetInt32()).Distinct().Count());
        Assert.Equal(["market", "buyer", "any"], root.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("definition").GetString()));
        var market = root.GetProperty("shares")[0].GetProperty("shrunk");
        Assert.True(market.GetProperty("low").GetDouble() <= market.GetProperty("estimate").GetDouble());
        Assert.Equal("fewer than 5 answers", root.GetProperty("dimensions").GetProperty("note").GetString());
    }

    [Fact]
    public async Task Show_StoredBuyer_PrintsTablesWithTheMethod()
    {
        var result = await CliRun.RunAsync(_settings, "organisation", "show", StoredOrganisations.Helsinki);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Helsingin kaupunki (0201256-6)", result.Output, StringComparison.Ordinal);
        Assert.Contains("2025-Q4", result.Output, StringComparison.Ordinal);
        Assert.Contains("Each procurement counts as", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0112038-9", "No such organisation")]
    [InlineData("12345", "Not a business id")]
    public async Task Show_UnknownOrInvalidId_ExitsOneWithAPlainMessage(string id, string message)
    {
        var result = await CliRun.RunAsync(_settings, "organisation", "show", id);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task ListJson_MunicipalSector_SortsByProcurementsAndRanksNoWideInterval()
    {
        var result = await CliRun.RunAsync(_settings, "organisation", "list", "--sector", "municipal", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, entries.Count);
        Assert.Equal(StoredOrganisations.Helsinki, entries[0].GetProperty("businessId").GetString());
        foreach (var entry in entries)
        {
            var share = entry.GetProperty("marketShare");
            var wide = share.GetProperty("high").GetDouble() - share.GetProperty("low").GetDouble() >= 0.20;
            Assert.True(!wide || entry.GetProperty("shareRank").ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task List_UnknownSector_ExitsOneWithAPlainMessage()
    {
        var result = await CliRun.RunAsync(_settings, "organisation", "list", "--sector", "county");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'county' is not a sector", result.Error, StringComparison.Ordinal);
    }
}
