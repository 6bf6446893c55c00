using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;

namespace ProcurementInsight.Hilma.Tests.Harvesting;

/// <summary>Notices beyond Azure Table storage's limits, served by a hostile fake HILMA.</summary>
public sealed partial class NoticeHarvesterTests
{
    private static readonly DateTimeOffset MarchFrom = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MarchTo = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HarvestAsync_TenMegabyteBuyerName_StoresTheNoticeWithTheNameCutAndCompletes()
    {
        using var hilma = new HostileHilma();
        var (hostile, plain) = (hilma.Entries[0], hilma.Entries[1]);
        var name = "Hankintayksikkö " + new string('x', 10 * 1024 * 1024);
        hilma.Add(hostile, HostileHilma.WithPartyNames(hilma.Xml(hostile), name));
        hilma.Add(plain, hilma.Xml(plain));
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress, settings: new Dictionary<string, string?> { ["Hilma:WindowSize"] = "31.00:00:00" });

        var run = await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(MarchFrom, MarchTo), null, CancellationToken.None);

        Assert.Equal((HarvestRunStatus.Completed, 2, 0), (run.Status, run.Counts.New, run.Counts.Quarantined));
        var stored = await services.GetRequiredService<INoticeStore>().GetAsync(hostile.Key, CancellationToken.None);
        var buyer = Assert.Single(stored!.Notice.Buyers);
        Assert.Equal(1024, buyer.Name.Length);
        Assert.StartsWith("Hankintayksikkö xxx", buyer.Name, StringComparison.Ordinal);
        Assert.Equal(MarchTo, (await services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None))!.CompletedUntil);
    }

    [Fact]
    public async Task HarvestAsync_NoticeStorageCannotHold_IsQuarantinedWithRawAndReasonAndTheRunGoesOn()
    {
        // A lot id of 10,000 characters: a RowKey holds at most 1 KiB, and a lot id is not cut (it is the lot's identity).
        using var hilma = new HostileHilma();
        var (hostile, plain) = (hilma.Entries[0], hilma.Entries[1]);
        var xml = hilma.Xml(hostile);
        Assert.Contains("LOT-0001", xml, StringComparison.Ordinal);
        hilma.Add(hostile, xml.Replace("LOT-0001", "LOT-" + new string('9', 10_000), StringComparison.Ordinal));
        hilma.Add(plain, hilma.Xml(plain));
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress, settings: new Dictionary<string, string?> { ["Hilma:WindowSize"] = "31.00:00:00" });

        var run = await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(MarchFrom, MarchTo), null, CancellationToken.None);

        Assert.Equal((HarvestRunStatus.Completed, 1, 1), (run.Status, run.Counts.New, run.Counts.Quarantined));
        var entry = Assert.Single(await ToListAsync(services.GetRequiredService<IQuarantine>().ListAsync(CancellationToken.None)));
        Assert.Equal(hostile.Key, entry.Key);
        Assert.Contains(hostile.Key, entry.Reason, StringComparison.Ordinal);
        Assert.Contains("key", entry.Reason, StringComparison.Ordinal);
        Assert.NotNull(await services.GetRequiredService<IRawNoticeArchive>().ReadAsync(entry.RawLocation!, CancellationToken.None));
        Assert.NotNull(await services.GetRequiredService<INoticeStore>().GetAsync(plain.Key, CancellationToken.None));
        Assert.Equal(MarchTo, (await services.GetRequiredService<IHarvestCheckpointStore>().GetAsync(NoticeHarvester.Stream, CancellationToken.None))!.CompletedUntil);
    }

    [Fact]
    public async Task HarvestAsync_TenMegabyteDocumentKeyWithEscape_IsQuarantinedPrintablyAndTheRunGoesOn()
    {
        using var hilma = new HostileHilma();
        var (hostile, plain) = (hilma.Entries[0], hilma.Entries[1]);
        hilma.Add(hostile, hilma.Xml(hostile), documentId: "EF-\u001b[31m" + new string('7', 10 * 1024 * 1024));
        hilma.Add(plain, hilma.Xml(plain));
        await using var services = await HarvestScenario.ServicesAsync(azurite, hilma.BaseAddress, settings: new Dictionary<string, string?> { ["Hilma:WindowSize"] = "31.00:00:00" });

        var run = await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(MarchFrom, MarchTo), null, CancellationToken.None);

        Assert.Equal((HarvestRunStatus.Completed, 1, 1), (run.Status, run.Counts.New, run.Counts.Quarantined));
        var entry = Assert.Single(await ToListAsync(services.GetRequiredService<IQuarantine>().ListAsync(CancellationToken.None)));
        Assert.DoesNotContain('\u001b', entry.Reason);
        Assert.Contains("EF-\\u001b[31m777", entry.Reason, StringComparison.Ordinal);
        Assert.True(entry.Reason.Length < 1000, $"reason of {entry.Reason.Length} characters");
    }
}
