using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Storage;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

public sealed partial class NoticeHarvesterTests
{
    [Fact]
    public async Task HarvestAsync_NewContractAwardOrInnovativeNotices_AreQueuedOnceForTheSurvey_AndNotAgainWhenUnchanged()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        var queue = scenario.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(scenario.Services.GetRequiredService<StorageLayout>().SurveyTriggers);

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        var first = await DrainAsync(queue);
        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);
        var second = await DrainAsync(queue);

        // Unflagged contract and award notices too: the survey draws its control sample from them.
        var stored = (await scenario.StoredAsync()).Values.ToList();
        var expected = stored.Where(s => s.Notice.FormType is FormType.Competition or FormType.Result || s.Notice.Innovation.Any).Select(s => s.Notice.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(stored.Count(s => s.Notice.Innovation.Any) > 10, "too few innovative notices in the corpus");
        Assert.Contains(stored, s => s.Notice.FormType == FormType.Result && !s.Notice.Innovation.Any && expected.Contains(s.Notice.Key));
        Assert.Contains(stored, s => s.Notice.FormType == FormType.Competition && !s.Notice.Innovation.Any && expected.Contains(s.Notice.Key));
        Assert.Contains(stored, s => !expected.Contains(s.Notice.Key));
        Assert.Equal(expected, first.Order(StringComparer.Ordinal));
        Assert.Empty(second);
    }

    [Fact]
    public async Task HarvestAsync_KilledBetweenSavingANoticeAndQueueingItsTrigger_NextRunQueuesIt()
    {
        await using var scenario = await HarvestScenario.StartAsync(azurite, Corpus());
        var queue = scenario.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(scenario.Services.GetRequiredService<StorageLayout>().SurveyTriggers);
        var dying = new DyingSink(scenario.Services.GetRequiredService<ISurveyTriggerSink>(), dieOnCall: 3);
        var killed = ActivatorUtilities.CreateInstance<NoticeHarvester>(scenario.Services, dying);
        await Assert.ThrowsAsync<IOException>(() => killed.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None));
        var victim = Assert.IsType<string>(dying.Refused);
        Assert.NotNull(await scenario.Store.GetAsync(victim, CancellationToken.None));
        Assert.DoesNotContain(victim, await DrainAsync(queue));

        await scenario.Harvester.HarvestAsync(new HarvestRequest(From, To), null, CancellationToken.None);

        Assert.Contains(victim, await DrainAsync(queue));
        Assert.Empty(await ToListAsync(scenario.Services.GetRequiredService<ISurveyTriggerOutbox>().ListAsync(CancellationToken.None)));
    }

    private static async Task<List<string>> DrainAsync(QueueClient queue)
    {
        var keys = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0)
            {
                return keys;
            }

            foreach (var message in batch)
            {
                keys.Add(JsonSerializer.Deserialize<SurveyTrigger>(message.MessageText)!.NoticeKey);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>Queues through the real sink until call <c>dieOnCall</c>, which fails as a killed process would.</summary>
    private sealed class DyingSink(ISurveyTriggerSink inner, int dieOnCall) : ISurveyTriggerSink
    {
        private int _calls;

        public string? Refused { get; private set; }

        public Task EnqueueAsync(SurveyTrigger trigger, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == dieOnCall)
            {
                Refused = trigger.NoticeKey;
                throw new IOException("Killed between saving the notice and queueing its trigger.");
            }

            return inner.EnqueueAsync(trigger, cancellationToken);
        }
    }
}
