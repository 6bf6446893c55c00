using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>Triggers, invitations and e-mails, sent for real to MailDev and read back through its API.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class SurveyDispatcherTests(AzuriteFixture azurite, MailDevFixture mail)
{
    [Fact]
    public async Task HandleTrigger_InnovativeNotice_CreatesInvitationButSendsNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7002", address));

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-7002", CancellationToken.None);

        Assert.Null(result.Rejected);
        Assert.Equal(DispatchCounts.Zero with { Created = 1 }, result.Counts);
        var invitation = Assert.Single(await scenario.AllInvitationsAsync());
        Assert.Equal((InvitationStatus.Pending, 0, (int?)null), (invitation.Status, invitation.StepsSent, invitation.ClaimedStep));
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // let a (wrong) mail arrive before counting
        Assert.Empty(await mail.MessagesToAsync(address));
    }

    [Fact]
    public async Task DispatchDue_AfterTrigger_SendsOneFinnishInvitationWithSignedLink()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7001", address));
        await scenario.Dispatcher.HandleTriggerAsync("EF-7001", CancellationToken.None);

        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero with { Invited = 1, Mails = 1 }, counts);
        var received = Assert.Single(await mail.WaitForMessagesAsync(address, 1));
        Assert.Equal("Kysely innovatiivisesta hankinnasta: Älykäs katuvalaistus", received.Subject);
        Assert.Contains("Helsingin kaupunki ilmoitti HILMAssa hankinnan \"Älykäs katuvalaistus\" olevan innovatiivinen.", received.Text, StringComparison.Ordinal);
        var invitation = Assert.Single(await scenario.AllInvitationsAsync());
        Assert.Equal(InvitationStatus.Sent, invitation.Status);
        Assert.Equal(1, invitation.StepsSent);
        Assert.Matches("^survey-[0-9a-f]{32}@procurement-insight$", received.MessageId.Trim('<', '>'));
        var token = received.SurveyLink.Segments[^1];
        Assert.StartsWith("http://127.0.0.1:7071/api/survey/", received.SurveyLink.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(invitation.Id, scenario.Tokens.VerifyLinkToken(token));
        Assert.Equal(43, token.Length);
    }

    [Theory]
    [InlineData("SWE", "Enkät om innovativ upphandling: Smart gatubelysning", "Svara på enkäten:")]
    [InlineData("ENG", "Survey on innovative procurement: Smart street lighting", "Answer the survey:")]
    public async Task HandleTrigger_NoticeInSwedishOrEnglish_MailIsInThatLanguage(string language, string subject, string linkLine)
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        var title = language == "SWE" ? "Smart gatubelysning" : "Smart street lighting";
        var notice = SurveyScenario.InnovativeNotice("EF-7050-" + language, address) with
        {
            Languages = [language],
            Title = new Core.Notices.LocalizedText([new(language, title), new("FIN", "Älykäs katuvalaistus")]),
        };
        await scenario.StoreAsync(notice);

        await scenario.Dispatcher.HandleTriggerAsync(notice.Key, CancellationToken.None);

        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var received = Assert.Single(await mail.WaitForMessagesAsync(address, 1));
        Assert.Equal(subject, received.Subject);
        Assert.Contains(linkLine, received.Text, StringComparison.Ordinal);
        Assert.Equal(language == "SWE" ? "sv" : "en", Assert.Single(await scenario.AllInvitationsAsync()).Language);
    }

    [Fact]
    public async Task HandleTriggerThenDispatch_SameProcedureRaced_CreatesOneInvitationAndSendsOneMail()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7101", address, procedure: "proc-shared"));

        // The award notice of the same procedure (a later harvest) and a re-harvest race the first trigger.
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7102", address, procedure: "proc-shared"));
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => scenario.Dispatcher.HandleTriggerAsync(i % 2 == 0 ? "EF-7101" : "EF-7102", CancellationToken.None))));

        var dispatched = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => scenario.Dispatcher.DispatchDueAsync(CancellationToken.None))));

        Assert.Equal(1, results.Sum(r => r.Counts.Created));
        Assert.Equal(11, results.Sum(r => r.Counts.AlreadyInvited));
        Assert.Equal(0, results.Sum(r => r.Counts.Invited));
        Assert.Equal(1, dispatched.Sum(r => r.Invited));
        Assert.Single(await scenario.AllInvitationsAsync());
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // let a (wrong) second mail arrive before counting
        Assert.Single(await mail.MessagesToAsync(address));
    }

    [Fact]
    public async Task HandleTrigger_BuyerWithoutEmail_RecordsNoContactAndSendsNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7201", "not an address"));

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-7201", CancellationToken.None);

        Assert.Equal(1, result.Counts.NoContact);
        Assert.Equal(0, result.Counts.Invited);
        var invitation = Assert.Single(await scenario.AllInvitationsAsync());
        Assert.Equal(InvitationStatus.NoContact, invitation.Status);
        Assert.Null(invitation.Email);
    }

    [Fact]
    public async Task HandleTrigger_NoticeNotOfASurveyedFormType_CreatesNothing()
    {
        // Unflagged contract and award notices may be drawn into the control sample (SurveyDesignTests); a planning notice never is.
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        await scenario.StoreAsync(NoticeBuilder.Minimal("EF-7301").Build() with { FormType = Core.Notices.FormType.Planning });

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-7301", CancellationToken.None);

        Assert.Null(result.Rejected);
        Assert.Equal(DispatchCounts.Zero, result.Counts);
        Assert.Empty(await scenario.AllInvitationsAsync());
    }

    [Fact]
    public async Task HandleTrigger_UnknownNotice_IsRejectedWithReason()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-404404", CancellationToken.None);

        Assert.Equal("Notice EF-404404 is not stored.", result.Rejected);
    }

    [Fact]
    public async Task DispatchDue_RemindersAtPlus7And21Days_GoOnlyToNonRespondersAndNeverTwice()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var silent = mail.NewAddress("silent");
        var answering = mail.NewAddress("answering");
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7401", silent));
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7402", answering));
        await scenario.Dispatcher.HandleTriggerAsync("EF-7401", CancellationToken.None);
        await scenario.Dispatcher.HandleTriggerAsync("EF-7402", CancellationToken.None);
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var link = (await mail.WaitForMessagesAsync(answering, 1))[0].SurveyLink;
        var token = link.Segments[^1];
        var id = scenario.Tokens.VerifyLinkToken(token)!;
        var saved = await scenario.Form.PostAsync(token, new Forms.FormBody(SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow())), 0), null, CancellationToken.None);
        Assert.Equal(200, saved.StatusCode);

        scenario.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var early = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromMinutes(2));
        var first = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var firstAgain = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromDays(14));
        var second = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromDays(20));
        var none = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, early.Reminded);
        Assert.Equal(1, first.Reminded);
        Assert.Equal(0, firstAgain.Reminded);
        Assert.Equal(1, second.Reminded);
        Assert.Equal(0, none.Reminded + none.Invited);
        var silentMails = await mail.WaitForMessagesAsync(silent, 3);
        Assert.Equal(3, silentMails.Count);
        Assert.StartsWith("Muistutus: ", silentMails[1].Subject, StringComparison.Ordinal);
        Assert.Equal(3, silentMails.Select(m => m.MessageId).Distinct().Count());
        Assert.Single(await mail.MessagesToAsync(answering));
    }

    [Fact]
    public async Task DispatchDue_RecipientOptedOut_SendsNoReminder()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7501", address));
        await scenario.Dispatcher.HandleTriggerAsync("EF-7501", CancellationToken.None);
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var token = (await mail.WaitForMessagesAsync(address, 1))[0].SurveyLink.Segments[^1];
        var id = scenario.Tokens.VerifyLinkToken(token)!;
        var optOut = new Dictionary<string, IReadOnlyList<string>> { ["_form"] = [scenario.Tokens.FormToken(id, scenario.Time.GetUtcNow())], ["_action"] = ["optout"] };

        var page = await scenario.Form.PostAsync(token, new Forms.FormBody(optOut, 0), null, CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromDays(30));
        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("Ette saa enää kyselyjä", page.Html, StringComparison.Ordinal);
        Assert.Equal(0, counts.Reminded);
        Assert.Equal(InvitationStatus.OptedOut, (await scenario.Invitations.GetAsync(id, CancellationToken.None))!.Status);
        Assert.Single(await mail.MessagesToAsync(address));
    }

    [Fact]
    public async Task DispatchDue_OptedOutAddress_GetsNoInvitationForANewProcedure()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        var keys = scenario.Get<SurveyAddresses>().KeyOf(address.ToUpperInvariant());
        await scenario.Get<ISurveyOptOutStore>().AddAsync(keys, SurveyScenario.Start, CancellationToken.None);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7601", address));
        await scenario.Dispatcher.HandleTriggerAsync("EF-7601", CancellationToken.None);

        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero with { OptedOut = 1 }, counts);
        Assert.Equal(InvitationStatus.OptedOut, Assert.Single(await scenario.AllInvitationsAsync()).Status);
        Assert.Empty(await mail.MessagesToAsync(address));
    }

    [Fact]
    public async Task SendDue_MailServerDown_RetriesWithBackoffThenBounces()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, new Dictionary<string, string?>
        {
            ["Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Survey:MaxDeliveryAttempts"] = "3",
            ["Survey:RetryBaseDelay"] = "00:05:00",
        });
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-7701", mail.NewAddress()));

        await scenario.Dispatcher.HandleTriggerAsync("EF-7701", CancellationToken.None);
        var first = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterFirst = Assert.Single(await scenario.AllInvitationsAsync());
        scenario.Time.Advance(TimeSpan.FromMinutes(4));
        var tooEarly = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterSecond = Assert.Single(await scenario.AllInvitationsAsync());
        scenario.Time.Advance(TimeSpan.FromMinutes(10));
        var third = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterThird = Assert.Single(await scenario.AllInvitationsAsync());

        Assert.Equal(DispatchCounts.Zero with { Failed = 1 }, first);
        Assert.Equal(SurveyScenario.Start + TimeSpan.FromMinutes(5), afterFirst.NextAttemptAt);
        Assert.Equal(DispatchCounts.Zero, tooEarly);
        Assert.Equal(1, second.Failed);
        Assert.Equal(SurveyScenario.Start + TimeSpan.FromMinutes(5 + 10), afterSecond.NextAttemptAt);
        Assert.Equal(1, third.Bounced);
        Assert.Equal(InvitationStatus.Bounced, afterThird.Status);
        Assert.Equal(0, afterThird.StepsSent);
        Assert.NotNull(afterThird.LastError);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
