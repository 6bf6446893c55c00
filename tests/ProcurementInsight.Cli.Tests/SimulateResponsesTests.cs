using System.Globalization;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>
/// <c>survey simulate-responses</c>: a fortnight of the simulated corpus harvested and surveyed over MailDev, then
/// answered by simulated respondents through the form of a running serve, as the response model decides.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SimulateResponsesTests(AzuriteFixture azurite, MailDevFixture mail) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = azurite.NewStorageSettings();
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = LocalServe.NewAddress();
        foreach (var (key, value) in mail.SmtpSettings())
        {
            _settings[key] = value;
        }

        _settings["Hilma:BaseAddress"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/");
        _settings["Prh:UseSimulator"] = "false";
        _settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
        _settings["SendSurveyRemindersSchedule"] = "0 0 0 1 1 *";
        _settings["Survey:LinkBaseUrl"] = _address + "api/";
        _settings["Simulator:Seed"] = "606";
        _settings["Simulator:From"] = "2025-03-01T00:00:00Z";
        _settings["Simulator:To"] = "2025-03-21T00:00:00Z";
        _settings["Simulator:NoticesPerYear"] = "2000";
        _settings["Simulator:Survey:ResponseScale"] = "1.5";
        var harvest = await CliRun.RunAsync(_settings, "harvest", "--from", "2025-03-01", "--to", "2025-03-22", "--quiet");
        var dispatch = await CliRun.RunAsync(_settings, "survey", "dispatch");
        Assert.True(harvest.ExitCode == 0 && dispatch.ExitCode == 0, harvest.Output + harvest.Error + dispatch.Output + dispatch.Error);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SimulateResponses_MailedLinks_AnswersThroughTheFormAsTheResponseModelDecides()
    {
        var (corpus, options) = Simulator();
        var invitations = await InvitationsAsync();

        CliResult result;
        await using (var serve = await LocalServe.StartAsync(_address, ServeSettings()))
        {
            result = await CliRun.RunAsync(_settings, "survey", "simulate-responses", "--url", _address.ToString(), "--mail-api", mail.ApiAddress.ToString());
        }

        var expected = invitations.Where(i => SimulatedSurvey.Respond(corpus, i.NoticeKey, options)?.Label is not null).ToList();
        var answers = await StoredSurvey.AnswersAsync(_settings);
        Assert.Equal(0, result.ExitCode);
        Assert.True(expected.Count >= 5, $"{expected.Count} of {invitations.Count} answer");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"opened {invitations.Count}, answered {expected.Count}, declined {invitations.Count - expected.Count}"), result.Output, StringComparison.Ordinal);
        Assert.Contains(", failed 0", result.Output, StringComparison.Ordinal);
        Assert.Equal(expected.Select(i => i.NoticeKey).Order(StringComparer.Ordinal), answers.Select(a => a.NoticeKey).Order(StringComparer.Ordinal));
        foreach (var answer in answers)
        {
            var label = SimulatedSurvey.Respond(corpus, answer.NoticeKey, options)!.Label!; // Every answer's notice answers: asserted above.
            Assert.Equal(label with { QuestionnaireVersion = answer.Label.QuestionnaireVersion, AnsweredAt = answer.Label.AnsweredAt }, answer.Label);
        }
    }

    [Fact]
    public async Task SimulateResponses_ForgedAndExpiredLinks_AreReportedAsFailedAndTheRestAnswered()
    {
        var invitations = await InvitationsAsync();
        var expired = invitations.OrderBy(i => i.Id, StringComparer.Ordinal).First();
        await using (var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings)))
        {
            var store = services.GetRequiredService<ISurveyInvitationStore>();
            Assert.NotNull(await store.TryUpdateAsync(expired with { ExpiresAt = DateTimeOffset.UnixEpoch }, CancellationToken.None));
        }

        await SendForgedLinkAsync(new Uri(_address, "api/survey/" + new string('A', 43)));
        var file = Path.Combine(Path.GetTempPath(), $"simulated-answers-{Guid.NewGuid():N}.csv");

        CliResult result;
        await using (var serve = await LocalServe.StartAsync(_address, ServeSettings()))
        {
            result = await CliRun.RunAsync(_settings, "survey", "simulate-responses", "--url", _address.ToString(), "--mail-api", mail.ApiAddress.ToString(), "--parallelism", "2");
        }

        var export = await CliRun.RunAsync(_settings, "survey", "export", "--out", file);
        try
        {
            Assert.Equal(0, result.ExitCode);
            // MailDev holds other tests' e-mails too, whose links point at other servers.
            var links = Regex.Match(result.Output, @"survey links found (\d+) \(e-mails\), for another server (\d+), opened (\d+),");
            Assert.True(links.Success, result.Output);
            Assert.Equal(invitations.Count + 1, int.Parse(links.Groups[1].Value, CultureInfo.InvariantCulture) - int.Parse(links.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.Equal(invitations.Count - 1, int.Parse(links.Groups[3].Value, CultureInfo.InvariantCulture));
            Assert.Contains(", failed 2", result.Output, StringComparison.Ordinal);
            Assert.Equal(2, result.ErrorLines.Count(l => l.Contains("the form did not open (404", StringComparison.Ordinal)));
            var answered = (await StoredSurvey.AnswersAsync(_settings)).Count;
            Assert.DoesNotContain(await StoredSurvey.AnswersAsync(_settings), a => a.InvitationId == expired.Id);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{answered} answers written to"), export.Output, StringComparison.Ordinal);
            Assert.Equal(answered + 1, File.ReadAllLines(file).Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SimulateResponses_FromStorage_FindsTheSentInvitationsLinks()
    {
        var invitations = await InvitationsAsync();

        CliResult result;
        await using (var serve = await LocalServe.StartAsync(_address, ServeSettings()))
        {
            result = await CliRun.RunAsync(_settings, "survey", "simulate-responses", "--url", _address.ToString(), "--from-storage");
        }

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"survey links found {invitations.Count} (stored invitations), for another server 0, opened {invitations.Count},"), result.Output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> ServeSettings() => new(_settings) { ["Hilma:UseSimulator"] = "false" };

    private (SimulatedCorpus Corpus, SimulatedSurveyOptions Options) Simulator()
    {
        using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        var settings = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        return (SimulatorLauncher.CreateCorpus(services), settings.Survey);
    }

    private async Task<List<SurveyInvitation>> InvitationsAsync()
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(_settings));
        var invitations = new List<SurveyInvitation>();
        await foreach (var invitation in services.GetRequiredService<ISurveyInvitationStore>().ListAsync(CancellationToken.None))
        {
            if (invitation.FirstSentAt is not null)
            {
                invitations.Add(invitation);
            }
        }

        Assert.NotEmpty(invitations);
        return invitations;
    }

    private async Task SendForgedLinkAsync(Uri link)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("keino@example.fi"));
        var to = mail.NewAddress();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Kysely";
        message.Body = new TextPart("plain") { Text = "Vastaa tästä:\n" + link.AbsoluteUri + "\n" };
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", mail.SmtpPort, MailKit.Security.SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
        await mail.WaitForMessagesAsync(to, 1);
    }
}
