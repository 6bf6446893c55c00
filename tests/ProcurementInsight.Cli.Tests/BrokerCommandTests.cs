using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>broker build-profiles</c>, <c>match</c> and <c>buyer-key create</c> on storage of their own.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class BrokerCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = Settings(azurite);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Match_NoProfiles_SaysWhatToRunFirst()
    {
        var result = await CliRun.RunAsync(_settings, "match", "--need", "siivous");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broker build-profiles", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildProfilesThenMatchJson_RanksTheWinnerWithEvidence()
    {
        await SaveAsync("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennustyöt ja päällystys");
        await SaveAsync("EF-2", "Siivous Oy", "0101263-6", "90910000", "Toimitilojen siivous");

        var build = await CliRun.RunAsync(_settings, "broker", "build-profiles");
        var match = await CliRun.RunAsync(_settings, "match", "--need", "tienrakennustyötä keskustaan", "--cpv", "45233140", "--region", "FI1B1", "--top", "1", "--json");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("supplier profiles 2", build.Output, StringComparison.Ordinal);
        Assert.Equal(0, match.ExitCode);
        using var json = JsonDocument.Parse(match.Output);
        var first = Assert.Single(json.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal("0112038-9", first.GetProperty("businessId").GetString());
        Assert.Equal("Tie Oy", first.GetProperty("name").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.True(first.GetProperty("innovationPotential").GetDouble() >= 0);
        Assert.Equal("EF-1", first.GetProperty("evidence").GetProperty("contracts")[0].GetProperty("noticeKey").GetString());
        Assert.Equal(1.0, json.RootElement.GetProperty("smallOrFirstTimeShare").GetDouble());
    }

    [Fact]
    public async Task Match_NoWordKnown_ExitsThreeWithAdviceInsteadOfAnEmptyTable()
    {
        await SaveAsync("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennustyöt ja päällystys");
        await CliRun.RunAsync(_settings, "broker", "build-profiles");

        var result = await CliRun.RunAsync(_settings, "match", "--need", "qwzzx plorbk");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("No supplier matched.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Kokeile yleisempiä sanoja", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Business ID", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchJson_SwedishNeed_SaysHowItWasRead()
    {
        await SaveAsync("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennustyöt ja päällystys");
        await CliRun.RunAsync(_settings, "broker", "build-profiles");

        var result = await CliRun.RunAsync(_settings, "match", "--need", "Vägbyggnad för kommunens gator", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var reading = json.RootElement.GetProperty("interpretation");
        Assert.Equal("SWE", reading.GetProperty("language").GetString());
        Assert.StartsWith("4523", reading.GetProperty("cpvReadings")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal("0112038-9", json.RootElement.GetProperty("matches")[0].GetProperty("businessId").GetString());
    }

    [Fact]
    public async Task Match_BadCpv_IsAUsageError()
    {
        var result = await CliRun.RunAsync(_settings, "match", "--need", "x", "--cpv", "12");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a CPV code", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuyerKeyCreate_PrintsAKeyThatAuthenticates()
    {
        var result = await CliRun.RunAsync(_settings, "buyer-key", "create", "--organisation", "Espoon kaupunki");

        Assert.Equal(0, result.ExitCode);
        var key = result.Output.Trim();
        Assert.StartsWith("pik_", key, StringComparison.Ordinal);
        var access = await _services.GetRequiredService<BuyerKeys>().CheckAsync(key, null, CancellationToken.None);
        Assert.Equal(("Espoon kaupunki", BuyerAccessStatus.Allowed), (access.Organisation, access.Status));
    }

    private static Dictionary<string, string?> Settings(AzuriteFixture azurite)
    {
        var settings = azurite.NewStorageSettings();
        settings["Prh:UseSimulator"] = "false";
        settings["Broker:MaxRegisterLookupsPerBuild"] = "0"; // no register in these tests: profiles from notices alone
        return settings;
    }

    private async Task SaveAsync(string key, string winner, string winnerId, string cpv, string title)
    {
        var template = NoticeBuilder.Minimal(key).WithTitle("FIN", title).Build();
        var notice = template with
        {
            FormType = FormType.Result,
            PublicationDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Lots = [template.Lots[0] with { MainCpv = CpvCode.Parse(cpv), Title = template.Title }],
            Winners = [new Winner("LOT-0000", winner, OrganisationIdentifier.FromPublished(winnerId), null, null)],
        };
        await _services.GetRequiredService<INoticeStore>().SaveAsync(new StoredNotice(notice, NoticeBuilder.Minimal(key).BuildStored("<xml/>", null).Revision), CancellationToken.None);
    }
}
