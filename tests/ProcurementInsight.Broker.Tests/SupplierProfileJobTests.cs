using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Matching;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The profile build end to end: simulated result notices in storage, the register simulator, the index.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SupplierProfileJobTests(AzuriteFixture azurite)
{
    private static readonly SimulatedCorpus Corpus = new(new SimulatorCorpusOptions { NoticesPerYear = 600 });

    [Fact]
    public async Task RunAsync_SimulatedResultNotices_BuildsEnrichedProfilesTheIndexServes()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Corpus.Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var winners = await StoreResultNoticesAsync(services, 12);

        var result = await services.GetRequiredService<SupplierProfileJob>().RunAsync(CancellationToken.None);
        var index = await services.GetRequiredService<SupplierIndexProvider>().GetAsync(CancellationToken.None);

        Assert.Equal(12, result.ResultNotices);
        Assert.Equal(winners.Count, result.Profiles);
        var finnish = winners.Values.Where(s => s.IsFinnish).ToList();
        Assert.Equal(finnish.Count, result.WithRegister);
        var sample = finnish[0];
        var profile = await services.GetRequiredService<ISupplierProfileStore>().GetAsync(sample.CompanyId, CancellationToken.None);
        Assert.Equal((sample.Name, sample.City.ToUpperInvariant()), (profile!.Register!.Name, profile.Register.City));
        Assert.Equal(winners.Count, index.Count);
    }

    [Fact]
    public async Task RunAsync_SecondBuild_AsksTheRegisterOnlyForNewSuppliers()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Corpus.Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        await StoreResultNoticesAsync(services, 6);
        var job = services.GetRequiredService<SupplierProfileJob>();
        var first = await job.RunAsync(CancellationToken.None);

        var second = await job.RunAsync(CancellationToken.None);

        Assert.True(first.RegisterLookups > 0);
        Assert.Equal(0, second.RegisterLookups);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public async Task RunAsync_RegisterUnreachable_BuildsProfilesWithoutRegisterData()
    {
        // Refit reports a refused connection as ApiRequestException, not HttpRequestException: the build must still
        // store every profile (the register is an enrichment) and ask again next time.
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Prh:BaseAddress"] = $"http://127.0.0.1:{port}/",
            ["Prh:MaxRetries"] = "0",
            ["Broker:MaxRegisterLookupsPerBuild"] = "3",
            ["Broker:MaxRegisterFieldCallsPerBuild"] = "3",
        });
        var winners = await StoreResultNoticesAsync(services, 6);

        var result = await services.GetRequiredService<SupplierProfileJob>().RunAsync(CancellationToken.None);

        Assert.Equal(winners.Count, result.Profiles);
        Assert.Equal(0, result.WithRegister);
        Assert.Equal(winners.Count, (await services.GetRequiredService<SupplierIndexProvider>().GetAsync(CancellationToken.None)).Count);
    }

    private static async Task<Dictionary<string, SimulatedSupplier>> StoreResultNoticesAsync(IServiceProvider services, int count)
    {
        var parser = new EFormsNoticeParser();
        var store = services.GetRequiredService<INoticeStore>();
        var winners = new Dictionary<string, SimulatedSupplier>(StringComparer.Ordinal);
        foreach (var entry in Corpus.Entries.Where(e => e.Type.HasResult && !e.IsLegacy && !e.IsMalformed).Take(count))
        {
            var simulated = Corpus.Generate(entry);
            // Malformed entries are skipped above, so every simulated eForm parses.
            var notice = parser.Parse(SimulatedCorpus.EFormBytes(simulated)).Notice! with { HilmaId = entry.Key };
            await store.SaveAsync(new StoredNotice(notice, NoticeBuilder.Minimal(entry.Key).BuildStored("<xml/>", null).Revision), CancellationToken.None);
            foreach (var award in simulated.Lots.SelectMany(l => l.Awards))
            {
                winners[award.Supplier.CompanyId] = award.Supplier;
            }
        }

        return winners;
    }
}
