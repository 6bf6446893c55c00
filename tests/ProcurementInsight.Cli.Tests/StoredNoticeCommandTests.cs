using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>notice show ID</c> and <c>notice list --top N</c>: read harvested notices from storage.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class StoredNoticeCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Modified = new(2026, 5, 8, 14, 51, 10, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        // The same composition root and configuration the command line builds for itself.
        _services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Show_StoredNotice_PrintsItAsJsonWithoutBuyerEmails()
    {
        var stored = NoticeBuilder.Rich("EF-48640").BuildStored("<xml/>", Modified);
        await SaveAsync(stored);

        var result = await CliRun.RunAsync(_settings, "notice", "show", "EF-48640");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var notice = json.RootElement.GetProperty("notice");
        Assert.Equal("EF-48640", notice.GetProperty("hilmaId").GetString());
        Assert.Equal(stored.Notice.NoticeId, notice.GetProperty("noticeId").GetString());
        var buyers = notice.GetProperty("buyers").EnumerateArray().ToList();
        // The builder gives the first buyer an e-mail, so this fails if show leaks it.
        Assert.NotNull(stored.Notice.Buyers[0].Email);
        Assert.Equal(stored.Notice.Buyers.Count, buyers.Count);
        Assert.All(buyers, b => Assert.Equal(JsonValueKind.Null, b.GetProperty("email").ValueKind));
    }

    [Fact]
    public async Task Show_BareNumber_FindsTheEFormsNotice()
    {
        await SaveAsync(NoticeBuilder.Rich("EF-48641").BuildStored("<xml/>", Modified));

        var result = await CliRun.RunAsync(_settings, "notice", "show", "48641");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("EF-48641", json.RootElement.GetProperty("notice").GetProperty("hilmaId").GetString());
    }

    [Fact]
    public async Task Show_UnknownId_PrintsNotFoundOnStderrAndExitsOne()
    {
        await SaveAsync(NoticeBuilder.Rich("EF-48640").BuildStored("<xml/>", Modified));

        var result = await CliRun.RunAsync(_settings, "notice", "show", "EF-999999");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("EF-999999", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("EF-12a")]
    [InlineData("PartitionKey eq 'x'")]
    public async Task Show_NotAnId_PrintsWhyOnStderrAndExitsOne(string id)
    {
        var result = await CliRun.RunAsync(_settings, "notice", "show", id);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("Not a notice id", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TopTwoOfThree_PrintsTableWithTwoStoredKeys()
    {
        string[] keys = ["EF-1001", "EF-1002", "EF-1003"];
        foreach (var key in keys)
        {
            await SaveAsync(NoticeBuilder.Rich(key).BuildStored("<xml/>", Modified));
        }

        var result = await CliRun.RunAsync(_settings, "notice", "list", "--top", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Notice", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, keys.Count(key => result.Output.Contains(key, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task List_StoredNotice_PrintsRowWithSubtypeDateAndInnovation()
    {
        // NoticeBuilder.Rich: subtype 29, published 2025-03-17, LOT-0001 has BT-776 mar-nov (new to market).
        await SaveAsync(NoticeBuilder.Rich("EF-2001").BuildStored("<xml/>", Modified));

        var result = await CliRun.RunAsync(_settings, "notice", "list");

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(result.OutputLines, line => line.Contains("EF-2001", StringComparison.Ordinal));
        var cells = row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("EF-2001", cells[0]);
        Assert.Equal("29", cells[1]);
        Assert.Equal("2025-03-17", cells[2]);
        Assert.StartsWith("market", cells[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Innovative_ShowsOnlyNoticesWithAnInnovationSignal()
    {
        // Rich: LOT-0001 carries BT-776 mar-nov. Minimal: no HILMA answers and no eForms codes.
        await SaveAsync(NoticeBuilder.Rich("EF-3001").BuildStored("<xml/>", Modified));
        await SaveAsync(NoticeBuilder.Minimal("EF-3002").BuildStored("<xml/>", Modified));

        var all = await CliRun.RunAsync(_settings, "notice", "list");
        var innovative = await CliRun.RunAsync(_settings, "notice", "list", "--innovative");

        Assert.Contains("EF-3002", all.Output, StringComparison.Ordinal);
        Assert.Equal(0, innovative.ExitCode);
        Assert.Contains("EF-3001", innovative.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EF-3002", innovative.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_StorageNeverHarvested_SaysSoOnStderrAndExitsOne()
    {
        var empty = new Dictionary<string, string?>(_settings) { ["Storage:TablePrefix"] = azurite.NewPrefix() };

        var result = await CliRun.RunAsync(empty, "notice", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing has been harvested", result.Error, StringComparison.Ordinal);
    }

    private Task<NoticeWriteOutcome> SaveAsync(StoredNotice stored) =>
        _services.GetRequiredService<INoticeStore>().SaveAsync(stored, CancellationToken.None);
}
