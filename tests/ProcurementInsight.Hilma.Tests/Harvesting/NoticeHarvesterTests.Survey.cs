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
}
