using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>quarantine list</c> and <c>quarantine replay</c>, as an operator runs them after a fix.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class QuarantineCommandTests(AzuriteFixture azurite, SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private readonly Dictionary<string, string?> _settings = new(azurite.NewStorageSettings())
    {
        ["Hilma:UseSimulator"] = "false",
        ["Hilma:BaseAddress"] = simulator.BaseAddress.ToString(),
    };

    [Fact]
    public async Task ListThenReplay_NoticeReadableNow_IsListedThenStoredAndReleased()
    {
        var key = simulator.Corpus.Entries.Select(e => e.Key).Where(k => k.StartsWith("EF-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        await QuarantineByHandAsync(new QuarantinedNotice(key, null, "Read API answered 503 five times.", new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero)));

        var listed = await CliRun.RunAsync(_settings, "quarantine", "list");
        var replayed = await CliRun.RunAsync(_settings, "quarantine", "replay");
        var after = await CliRun.RunAsync(_settings, "quarantine", "list");
        var shown = await CliRun.RunAsync(_settings, "notice", "show", key);

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(key, listed.Output, StringComparison.Ordinal);
        Assert.Contains("Read API answered 503", listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 quarantined", listed.OutputLines);
        Assert.Equal(0, replayed.ExitCode);
        Assert.Contains("released 1, still quarantined 0, skipped 0", replayed.OutputLines);
        Assert.Contains("0 quarantined", after.OutputLines);
        Assert.Equal(0, shown.ExitCode);
    }

    [Fact]
    public async Task Replay_LegacyKey_IsSkippedWithTheHarvestCommandToRunInstead()
    {
        await QuarantineByHandAsync(new QuarantinedNotice("OLD-52994", null, "Legacy read API timed out.", new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero)));

        var replayed = await CliRun.RunAsync(_settings, "quarantine", "replay", "--key", "OLD-52994");

        Assert.Equal(0, replayed.ExitCode);
        Assert.Contains("released 0, still quarantined 0, skipped 1", replayed.OutputLines);
        Assert.Contains("procurement-insight harvest --from", replayed.Error, StringComparison.Ordinal);
    }

    private async Task QuarantineByHandAsync(QuarantinedNotice notice)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<IQuarantine>().AddAsync(notice, CancellationToken.None);
    }
}
