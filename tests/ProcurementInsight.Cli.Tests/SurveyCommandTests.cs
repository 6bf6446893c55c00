using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>survey scan | dispatch | poison | rates | export | allocate</c> on Azurite, sending to MailDev.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyCommandTests(AzuriteFixture azurite, MailDevFixture mail) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private readonly string _address = mail.NewAddress();

    public async Task InitializeAsync()
    {
        foreach (var (key, value) in mail.SmtpSettings())
        {
            _settings[key] = value;
        }

        _settings["Hilma:UseSimulator"] = "false";
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var store = services.GetRequiredService<INoticeStore>();
        var withEmail = NoticeBuilder.Rich("EF-62001").KeepLots(1).Build();
        withEmail = withEmail with { Buyers = [withEmail.Buyers[0] with { Email = _address }] };
        var withoutEmail = NoticeBuilder.Rich("EF-62002").KeepLots(1).Build();
        withoutEmail = withoutEmail with { ProcedureId = "proc-other", Buyers = [withoutEmail.Buyers[1]] };
        foreach (var notice in new[] { withEmail, withoutEmail, NoticeBuilder.Minimal("EF-62003").Build() })
        {
            await store.SaveAsync(Stored(notice), CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ScanThenDispatch_StoredNotices_InvitesOnceAndCountsNoContact_UnflaggedIntoTheControlSample()
    {
        var scan = await CliRun.RunAsync(_settings, "survey", "scan");
        var dispatch = await CliRun.RunAsync(_settings, "survey", "dispatch");
        var again = await CliRun.RunAsync(_settings, "survey", "dispatch");

        Assert.Equal(0, scan.ExitCode);
        // The unflagged award notice EF-62003 is queued too; alone in its year's strata it is drawn with rate 1 (its buyer has no e-mail).
        Assert.Contains("notices scanned 3, queued for the survey 3", scan.Output, StringComparison.Ordinal);
        Assert.Equal(0, dispatch.ExitCode);
        Assert.Contains("triggers handled 3, failed 0", dispatch.Output, StringComparison.Ordinal);
        Assert.Contains("invitations created 1, no contact 2, already invited 0", dispatch.Output, StringComparison.Ordinal);
        Assert.Contains("e-mails sent 1 (one per address), carrying invitations 1, reminders 0;", dispatch.Output, StringComparison.Ordinal);
        Assert.Contains("triggers handled 0, failed 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("e-mails sent 0 (one per address), carrying invitations 0, reminders 0;", again.Output, StringComparison.Ordinal);
        Assert.Single(await mail.WaitForMessagesAsync(_address, 1));
    }

    [Fact]
    public async Task RatesPoisonAndExport_AfterDispatch_PrintAndWriteWithoutEmails()
    {
        await CliRun.RunAsync(_settings, "survey", "scan");
        await CliRun.RunAsync(_settings, "survey", "dispatch");
        var file = Path.Combine(Path.GetTempPath(), $"survey-export-{Guid.NewGuid():N}.csv");

        var rates = await CliRun.RunAsync(_settings, "survey", "rates");
        var poison = await CliRun.RunAsync(_settings, "survey", "poison");
        var export = await CliRun.RunAsync(_settings, "survey", "export", "--out", file);

        try
        {
            var total = rates.Output.Split('\n').Single(l => l.StartsWith("total", StringComparison.Ordinal));
            Assert.Equal(["total", "all", "1", "0", "0.0", "%", "2", "0", "0"], total.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var control = rates.Output.Split('\n').Single(l => l.StartsWith("phase", StringComparison.Ordinal) && l.Contains("control", StringComparison.Ordinal));
            Assert.Equal(["phase", "control", "0", "0", "0.0", "%", "1", "0", "0"], control.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("No survey trigger messages have been set aside.", poison.Output.Trim());
            Assert.Contains("0 answers written to", export.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("@", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Allocate_YearAndSize_PrintsStrataAndStoresTheAllocation()
    {
        var allocate = await CliRun.RunAsync(_settings, "survey", "allocate", "--year", "2025", "--size", "100");

        Assert.Equal(0, allocate.ExitCode);
        Assert.Contains("Municipal|34|unknown", allocate.Output, StringComparison.Ordinal);
        Assert.Contains("control allocation for 2025 stored: reference year 2025, target 100, expected 100.0", allocate.Output, StringComparison.Ordinal);
        Assert.Contains("Compromise Neyman allocation of 100 unflagged procedures over 1 strata", allocate.Output, StringComparison.Ordinal);
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        var stored = await services.GetRequiredService<ISurveyAllocationStore>().GetAsync(2025, CancellationToken.None);
        Assert.Equal(100.0 / 365, stored!.RateOf("Municipal|34|unknown"), 9);
    }

    [Fact]
    public async Task Allocate_NegativeSize_ExplainsAndFails()
    {
        var allocate = await CliRun.RunAsync(_settings, "survey", "allocate", "--size", "-5");

        Assert.NotEqual(0, allocate.ExitCode);
        Assert.Contains("--size must be between 0", allocate.Error, StringComparison.Ordinal);
    }

    private static StoredNotice Stored(Notice notice) =>
        new(notice, new NoticeRevision(notice.Key, notice.Key + "/raw.xml", null, DateTimeOffset.UnixEpoch));
}
