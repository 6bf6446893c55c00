using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>One e-mail per address per dispatch run, its one-click opt-out, and opting out closing the address's other surveys.</summary>
public sealed partial class SurveyDispatcherTests
{
    [Fact]
    public async Task DispatchDue_27DueInvitationsOfOneAddress_SendsOneMailListing27Links()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var address = mail.NewAddress("digest");
        var ids = await InviteManyAsync(scenario, "EF-8100", address, 27);

        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero with { Invited = 27, Mails = 1 }, counts);
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // let a (wrong) second mail arrive before counting
        var received = Assert.Single(await mail.MessagesToAsync(address));
        Assert.Equal("Kyselyt 27 hankinnastanne", received.Subject);
        Assert.Equal(ids.Order(StringComparer.Ordinal), SurveyIds(scenario, received).Order(StringComparer.Ordinal));
        Assert.Contains("27. Hankinta EF-8100-26", received.Text, StringComparison.Ordinal);
        Assert.Equal(27, CountOf(received.Text, "Uusi kysely · Hankintayksikkö: Helsingin kaupunki"));
        Assert.All(await scenario.AllInvitationsAsync(), i => Assert.Equal((InvitationStatus.Sent, 1, (int?)null), (i.Status, i.StepsSent, i.ClaimedStep)));
    }

    [Fact]
    public async Task DispatchDue_TwoAddresses_SendsOneMailToEach()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var first = mail.NewAddress("first");
        var second = mail.NewAddress("second");
        await InviteManyAsync(scenario, "EF-8200", first, 2);
        await InviteManyAsync(scenario, "EF-8210", second, 3);

        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero with { Invited = 5, Mails = 2 }, counts);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, SurveyIds(scenario, Assert.Single(await mail.MessagesToAsync(first))).Count);
        Assert.Equal(3, SurveyIds(scenario, Assert.Single(await mail.MessagesToAsync(second))).Count);
    }

    [Fact]
    public async Task DispatchDue_ReminderAndNewInvitationDueTogether_OneMailMarksEach()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var address = mail.NewAddress();
        await InviteManyAsync(scenario, "EF-8300", address, 1);
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        scenario.Time.Advance(TimeSpan.FromDays(7));
        await InviteManyAsync(scenario, "EF-8310", address, 1);

        var counts = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero with { Invited = 1, Reminded = 1, Mails = 1 }, counts);
        var digest = (await mail.WaitForMessagesAsync(address, 2))[1];
        Assert.Equal("Kyselyt 2 hankinnastanne", digest.Subject);
        Assert.Contains("1. Hankinta EF-8300-0\nMuistutus · Hankintayksikkö: Helsingin kaupunki", digest.Text, StringComparison.Ordinal);
        Assert.Contains("2. Hankinta EF-8310-0\nUusi kysely · Hankintayksikkö: Helsingin kaupunki", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_RacingDispatchers_NeverSendAStepTwice()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var address = mail.NewAddress("raced");
        var ids = await InviteManyAsync(scenario, "EF-8400", address, 27);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => scenario.Dispatcher.DispatchDueAsync(CancellationToken.None))));

        Assert.Equal(27, runs.Sum(r => r.Invited));
        var mails = await mail.WaitForMessagesAsync(address, runs.Sum(r => r.Mails));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var linked = (await mail.MessagesToAsync(address)).SelectMany(m => SurveyIds(scenario, m)).ToList();
        Assert.Equal(27, linked.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
        Assert.NotEmpty(mails);
    }

    [Fact]
    public async Task DispatchDue_EveryMail_CarriesOneClickListUnsubscribeHeaders()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var address = mail.NewAddress();
        await InviteManyAsync(scenario, "EF-8500", address, 2);

        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var received = Assert.Single(await mail.WaitForMessagesAsync(address, 1));
        var link = await OptOutLinkAsync(received);
        Assert.StartsWith("http://127.0.0.1:7071/api/survey/optout/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", await HeaderAsync(received, "List-Unsubscribe-Post"));
        Assert.Contains(link.AbsoluteUri, received.Text, StringComparison.Ordinal);
        Assert.NotNull(scenario.Tokens.VerifyOptOutToken(link.Segments[^1]));
    }

    [Fact]
    public async Task PostOptOut_OneClick_OptsOutAndClosesTheAddressesOtherOpenSurveysAtOnce()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var address = mail.NewAddress();
        var ids = await InviteManyAsync(scenario, "EF-8600", address, 3);
        var other = mail.NewAddress("other");
        var untouched = (await InviteManyAsync(scenario, "EF-8610", other, 1))[0];
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var received = Assert.Single(await mail.WaitForMessagesAsync(address, 1));
        var answered = ids[1];
        var saved = await scenario.Form.PostAsync(scenario.Tokens.LinkToken(answered), new Forms.FormBody(SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(answered, scenario.Time.GetUtcNow())), 0), null, CancellationToken.None);
        Assert.Equal(200, saved.StatusCode);

        var page = await scenario.Form.PostOptOutAsync((await OptOutLinkAsync(received)).Segments[^1], null, CancellationToken.None);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("Ette saa enää kyselyjä", page.Html, StringComparison.Ordinal);
        var after = (await scenario.AllInvitationsAsync()).ToDictionary(i => i.Id);
        Assert.Equal(InvitationStatus.OptedOut, after[ids[0]].Status);
        Assert.Equal(InvitationStatus.Answered, after[answered].Status);
        Assert.Equal(InvitationStatus.OptedOut, after[ids[2]].Status);
        Assert.Equal(scenario.Time.GetUtcNow(), after[ids[2]].OptedOutAt);
        Assert.Equal(InvitationStatus.Sent, after[untouched].Status);
        Assert.True(await scenario.Get<SurveyOptOuts>().ContainsAsync(address, CancellationToken.None));
        scenario.Time.Advance(TimeSpan.FromDays(30));
        var later = await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal((1, 0), (later.Reminded, later.OptedOut)); // only the other address is reminded
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Single(await mail.MessagesToAsync(address));
    }

    [Fact]
    public async Task GetOptOut_ValidKey_ShowsConfirmationInTheMailsLanguageAndChangesNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, UncappedAddresses);
        var id = (await InviteManyAsync(scenario, "EF-8700", mail.NewAddress(), 1))[0];
        var key = scenario.Tokens.OptOutToken(id, "sv");

        var page = await scenario.Form.GetOptOutAsync(key, null, CancellationToken.None);
        var forged = await scenario.Form.GetOptOutAsync(key[..^2] + (key[^2..] == "AA" ? "AB" : "AA"), null, CancellationToken.None);
        var formToken = await scenario.Form.PostOptOutAsync(scenario.Tokens.LinkToken(id), null, CancellationToken.None);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<html lang=\"sv\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Skicka inga fler enkäter</button>", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(404, forged.StatusCode);
        Assert.Equal(404, formToken.StatusCode);
        Assert.Equal(InvitationStatus.Pending, Assert.Single(await scenario.AllInvitationsAsync()).Status);
        Assert.False(await scenario.Get<SurveyOptOuts>().ContainsAsync(Assert.Single(await scenario.AllInvitationsAsync()).Email!, CancellationToken.None));
    }

    /// <summary>These tests send many surveys to one address on purpose: the per-address cap (tested in SurveyDesignTests) is lifted.</summary>
    private static Dictionary<string, string?> UncappedAddresses => new() { ["Survey:Cap:PerAddressPerQuarter"] = "1000" };

    /// <summary>Creates <paramref name="count"/> invitations of different procedures for one address (every other one in upper case).</summary>
    private static async Task<List<string>> InviteManyAsync(SurveyScenario scenario, string prefix, string address, int count)
    {
        var ids = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{n}");
            var notice = SurveyScenario.InnovativeNotice(key, n % 2 == 0 ? address : address.ToUpperInvariant(), title: "Hankinta " + key);
            var result = await scenario.Dispatcher.HandleTriggerAsync(SurveyTrigger.For(notice), CancellationToken.None);
            Assert.Equal(1, result.Counts.Created);
            scenario.Time.Advance(TimeSpan.FromSeconds(1)); // created in order, so the digest lists them in order
            ids.Add((await scenario.AllInvitationsAsync()).Single(i => i.NoticeKey == key).Id);
        }

        return ids;
    }

    /// <summary>The invitation ids of every survey link in the mail (not the opt-out link).</summary>
    private static List<string> SurveyIds(SurveyScenario scenario, ReceivedMail received) =>
        [.. received.Text.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Contains("/survey/", StringComparison.Ordinal) && !w.Contains("/optout/", StringComparison.Ordinal))
            .Select(w => scenario.Tokens.VerifyLinkToken(new Uri(w.Trim()).Segments[^1]) ?? throw new InvalidOperationException("A link that does not verify: " + w))];

    private async Task<Uri> OptOutLinkAsync(ReceivedMail received) => new((await HeaderAsync(received, "List-Unsubscribe")).Trim('<', '>'));

    /// <summary>A header as sent, read from the message source (unfolded).</summary>
    private async Task<string> HeaderAsync(ReceivedMail received, string name)
    {
        var source = await mail.SourceAsync(received);
        var head = source[..source.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        var line = head.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No {name} header in {head}");
        return line[(name.Length + 1)..].Trim();
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
