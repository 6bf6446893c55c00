using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary><c>survey scan | dispatch | poison | rates | export</c> on Azurite, sending to MailDev.</summary>
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
    public async Task ScanThenDispatch_StoredNotices_InvitesOnceAndCountsNoContact()
    {
        var scan = await CliRun.RunAsync(_settings, "survey", "scan");
        var dispatch = await CliRun.RunAsync(_settings, "survey", "dispatch");
        var again = await CliRun.RunAsync(_settings, "survey", "dispatch");

        Assert.Equal(0, scan.ExitCode);
        Assert.Contains("notices scanned 3, queued for the survey 2", scan.Output, StringComparison.Ordinal);
        Assert.Equal(0, dispatch.ExitCode);
        Assert.Contains("triggers handled 2, failed 0", dispatch.Output, StringComparison.Ordinal);
        Assert.Contains("invitations created 1, no contact 1, already invited 0", dispatch.Output, StringComparison.Ordinal);
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
            Assert.Equal(["total", "all", "1", "0", "0.0", "%", "1", "0", "0"], total.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("No survey trigger messages have been set aside.", poison.Output.Trim());
            Assert.Contains("0 answers written to", export.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("@", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static StoredNotice Stored(Notice notice) =>
        new(notice, new NoticeRevision(notice.Key, notice.Key + "/raw.xml", null, DateTimeOffset.UnixEpoch));
}
