using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Testing;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

/// <summary>The search and read calls against the API contract notes (CONTRACTS.md A.4–A.8), on a fake HILMA.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class HilmaNoticeFeedTests(AzuriteFixture azurite)
{
    private static readonly HarvestWindow March = new(new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SearchWindowAsync_NumericType_IsReadAsText()
    {
        using var hilma = new HostileHilma();
        hilma.Add(hilma.Entries[0], hilma.Xml(hilma.Entries[0]), typeJson: "16");
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress);

        var documents = await services.GetRequiredService<HilmaNoticeFeed>().SearchWindowAsync(March, CancellationToken.None);

        Assert.Equal("16", Assert.Single(documents).Type);
    }

    [Fact]
    public async Task SearchWindowAsync_NoODataCount_PagesUntilAShortPage()
    {
        using var hilma = new HostileHilma();
        foreach (var (skip, ids) in new[] { (0, new[] { 1, 2 }), (2, [3, 4]), (4, [5]) })
        {
            hilma.Server.Given(Request.Create().WithPath("/avp/eformnotices/docs/search").UsingPost().WithBody(new JsonPartialMatcher($$"""{"skip":{{skip}}}""")))
                .AtPriority(1)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody($$"""{"value":[{{string.Join(',', ids.Select(i => $$"""{"id":"EF-{{i}}","noticeId":{{i}}}"""))}}]}"""));
        }

        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress, settings: new Dictionary<string, string?> { ["Hilma:PageSize"] = "2" });

        var documents = await services.GetRequiredService<HilmaNoticeFeed>().SearchWindowAsync(March, CancellationToken.None);

        Assert.Equal(["EF-1", "EF-2", "EF-3", "EF-4", "EF-5"], documents.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchWindowAsync_Paging_SortsByPublicationThenUniqueId()
    {
        using var hilma = new HostileHilma();
        hilma.Add(hilma.Entries[0], hilma.Xml(hilma.Entries[0]));
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress);

        await services.GetRequiredService<HilmaNoticeFeed>().SearchWindowAsync(March, CancellationToken.None);

        var body = JsonDocument.Parse(Assert.Single(hilma.Server.LogEntries).RequestMessage.Body!);
        Assert.Equal("datePublished asc, id asc", body.RootElement.GetProperty("orderby").GetString());
    }

    [Fact]
    public async Task HarvestAsync_ReadRefusedWith406_QuarantinesThatNoticeAndCompletes()
    {
        using var hilma = new HostileHilma();
        var (blocked, plain) = (hilma.Entries[0], hilma.Entries[1]);
        hilma.Add(blocked, hilma.Xml(blocked));
        hilma.Add(plain, hilma.Xml(plain));
        hilma.Server.Given(Request.Create().WithPath("/avp-eforms/external-read/v1/notices").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(406).WithBody("Blocked by security rules"));
        hilma.Server.Given(Request.Create().WithPath($"/avp-eforms/external-read/v1/notice/{blocked.NoticeId}").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(406).WithBody("Blocked by security rules"));
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress, settings: new Dictionary<string, string?> { ["Hilma:WindowSize"] = "31.00:00:00" });

        var run = await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(March.Start, March.End), null, CancellationToken.None);

        Assert.Equal((HarvestRunStatus.Completed, 1, 1), (run.Status, run.Counts.New, run.Counts.Quarantined));
        var quarantined = new List<QuarantinedNotice>();
        await foreach (var entry in services.GetRequiredService<IQuarantine>().ListAsync(CancellationToken.None))
        {
            quarantined.Add(entry);
        }

        Assert.Equal(blocked.Key, Assert.Single(quarantined).Key);
        Assert.Contains("406", quarantined[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CallBudget_Default_CoversFourRetryAfterWaitsAtSixRequestsAMinute()
    {
        var options = new HilmaOptions();

        var needed = (4 * TimeSpan.FromSeconds(60)) + (5 * options.AttemptTimeout);

        Assert.True(options.CallBudget >= needed, $"{options.CallBudget} < {needed}");
    }
}
