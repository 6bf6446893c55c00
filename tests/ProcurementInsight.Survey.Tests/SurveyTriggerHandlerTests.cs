using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>Queue messages: handled, or set aside in the poison queue with the reason.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyTriggerHandlerTests(AzuriteFixture azurite, MailDevFixture mail)
{
    [Fact]
    public async Task Handle_ValidMessage_CreatesInvitationThatTheNextDispatchSendsAndSetsNothingAside()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var address = mail.NewAddress();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9001", address));

        var counts = await Handler(scenario).HandleAsync(JsonSerializer.Serialize(new SurveyTrigger("EF-9001")), 1, CancellationToken.None);

        Assert.Equal((1, 0), (counts!.Created, counts.Invited));
        Assert.Empty(await Poison(scenario).PeekAsync(10, CancellationToken.None));
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Single(await mail.WaitForMessagesAsync(address, 1));
    }

    [Fact]
    public async Task Handle_MalformedOrUnknown_SetAsideAtOnceWithReason()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);

        var malformed = await Handler(scenario).HandleAsync("{not json", 1, CancellationToken.None);
        var unknown = await Handler(scenario).HandleAsync("{\"NoticeKey\":\"EF-404\"}", 1, CancellationToken.None);

        Assert.Null(malformed);
        Assert.Null(unknown);
        var poisoned = await Poison(scenario).PeekAsync(10, CancellationToken.None);
        Assert.Equal(2, poisoned.Count);
        Assert.StartsWith("Not a survey trigger message: ", poisoned[0].Reason, StringComparison.Ordinal);
        Assert.Equal("{not json", poisoned[0].Message);
        Assert.Equal("Notice EF-404 is not stored.", poisoned[1].Reason);
        Assert.Equal(SurveyScenario.Start, poisoned[1].PoisonedAt);
    }

    [Fact]
    public async Task Handle_FailingBeforeLastAttempt_ThrowsForRetry_OnLastAttempt_SetsAsideWithError()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, configure: services => services.AddSingleton<INoticeStore, UnavailableNoticeStore>());
        var message = JsonSerializer.Serialize(new SurveyTrigger("EF-9002"));

        var retried = await Assert.ThrowsAsync<IOException>(() => Handler(scenario).HandleAsync(message, 4, CancellationToken.None));
        var before = await Poison(scenario).PeekAsync(10, CancellationToken.None);
        var last = await Handler(scenario).HandleAsync(message, 5, CancellationToken.None);

        Assert.Equal("The notice table is unavailable.", retried.Message);
        Assert.Empty(before);
        Assert.Null(last);
        var poisoned = Assert.Single(await Poison(scenario).PeekAsync(10, CancellationToken.None));
        Assert.Equal("IOException: The notice table is unavailable.", poisoned.Reason);
        Assert.Equal(5, poisoned.DequeueCount);
        Assert.Equal(message, poisoned.Message);
    }

    [Fact]
    public async Task Handle_MessageCarryingTheNoticesFacts_InvitesWithoutReadingTheNotice()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, configure: services => services.AddSingleton<INoticeStore, UnavailableNoticeStore>());
        var address = mail.NewAddress();
        var message = JsonSerializer.Serialize(SurveyTrigger.For(SurveyScenario.InnovativeNotice("EF-9003", address)));

        var counts = await Handler(scenario).HandleAsync(message, 1, CancellationToken.None);

        Assert.Equal(1, counts!.Created);
        await scenario.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var invitation = Assert.Single(await scenario.AllInvitationsAsync());
        Assert.Equal(("EF-9003", "Älykäs katuvalaistus", "Helsingin kaupunki", "34"), (invitation.NoticeKey, invitation.Title, invitation.BuyerName, invitation.CpvDivision));
        Assert.Equal("Kysely innovatiivisesta hankinnasta: Älykäs katuvalaistus", Assert.Single(await mail.WaitForMessagesAsync(address, 1)).Subject);
    }

    /// <summary>A notice store whose storage is down: the one boundary this test cannot run for real.</summary>
    private sealed class UnavailableNoticeStore : INoticeStore
    {
        public Task<NoticeWriteOutcome> SaveAsync(StoredNotice notice, CancellationToken cancellationToken) => throw new IOException("The notice table is unavailable.");

        public Task<NoticeRevision?> GetRevisionAsync(string key, CancellationToken cancellationToken) => throw new IOException("The notice table is unavailable.");

        public Task<StoredNotice?> GetAsync(string key, CancellationToken cancellationToken) => throw new IOException("The notice table is unavailable.");

        public IAsyncEnumerable<StoredNotice> ListAsync(CancellationToken cancellationToken) => throw new IOException("The notice table is unavailable.");
    }

    private static SurveyTriggerHandler Handler(SurveyScenario scenario) => scenario.Services.GetRequiredService<SurveyTriggerHandler>();

    private static ISurveyPoisonStore Poison(SurveyScenario scenario) => scenario.Services.GetRequiredService<ISurveyPoisonStore>();
}
