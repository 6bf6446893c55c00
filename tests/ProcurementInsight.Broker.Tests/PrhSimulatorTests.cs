using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The register client against the bundled PRH simulator, which serves the HILMA simulator's suppliers.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class PrhSimulatorTests(AzuriteFixture azurite)
{
    private static readonly OrganisationPopulation Population = new(20250101);

    [Fact]
    public async Task GetAsync_SimulatedWinner_ComesBackWithItsNameAndTown()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var supplier = Population.Suppliers.First(s => s.IsFinnish && s.Division == "72");

        var (entry, _) = await services.GetRequiredService<CompanyRegister>().GetAsync(BusinessId.Parse(supplier.CompanyId), CancellationToken.None);

        Assert.Equal((supplier.Name, supplier.City.ToUpperInvariant()), (entry.Name, entry.City));
        Assert.Contains(BusinessLines.ByDivision["72"], l => l.Code == entry.MainBusinessLineCode);
    }

    [Fact]
    public async Task GetAsync_EveryThirdRequestThrottled_StillAnswers()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Population, new PrhSimulatorOptions { TooManyRequestsEvery = 2 }, CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var register = services.GetRequiredService<CompanyRegister>();
        var suppliers = Population.Suppliers.Where(s => s.IsFinnish).Take(3).ToArray();

        var names = new List<string?>();
        foreach (var supplier in suppliers)
        {
            names.Add((await register.GetAsync(BusinessId.Parse(supplier.CompanyId), CancellationToken.None)).Entry.Name);
        }

        Assert.Equal(suppliers.Select(s => s.Name), names);
        Assert.True(prh.RequestCount >= 5, $"{prh.RequestCount} requests");
    }

    [Fact]
    public async Task SearchByNameAsync_ManyMatches_PagesThroughAllOfThem()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var expected = Enumerable.Range(0, Population.Register.Count).Count(i => Population.Register[i].Name.Contains("Salmi S", StringComparison.OrdinalIgnoreCase));

        var found = await services.GetRequiredService<CompanyRegister>().SearchByNameAsync("Salmi S", CancellationToken.None);

        Assert.True(expected > 100, $"{expected} matches: the test needs more than one page");
        Assert.Equal(expected, found.Count);
        Assert.Equal((expected + 99) / 100, prh.RequestCount);
    }

    [Fact]
    public async Task SearchByLineAsync_LineAndTown_PagesThroughThatLinesCompaniesOfTheTownOnly()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var expected = Population.Register.WithLine("41200").Select(i => Population.Register[i]).Where(c => c.City == "Tampere").Select(c => c.BusinessId).ToList();

        var (found, calls, complete) = await services.GetRequiredService<CompanyRegister>().SearchByLineAsync("41200", "tampere", null, null, 100, CancellationToken.None);

        Assert.True(expected.Count > 100, $"{expected.Count} matches: the test needs more than one page");
        Assert.Equal(expected, found.Select(c => c.BusinessId));
        Assert.All(found, c => Assert.Equal(("41200", "TAMPERE"), (c.MainBusinessLineCode, c.City)));
        Assert.Equal(((expected.Count + 99) / 100, true), (calls, complete));
    }

    [Fact]
    public async Task SearchByLineAsync_RegisteredSinceAndCallCap_KeepsToBothAndSaysItStoppedEarly()
    {
        await using var prh = await PrhSimulatorServer.StartAsync(Population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, TimeProvider.System, new Dictionary<string, string?> { ["Prh:BaseAddress"] = prh.BaseAddress.ToString() });
        var since = new DateOnly(2024, 1, 1);
        var expected = Population.Register.WithLine("62010").Count(i => Population.Register[i].RegisteredOn >= since);

        var (found, calls, complete) = await services.GetRequiredService<CompanyRegister>().SearchByLineAsync("62010", null, since, null, 2, CancellationToken.None);

        Assert.True(expected > 200, $"{expected} matches: the test needs more than two pages");
        Assert.Equal((200, 2, false), (found.Count, calls, complete));
        Assert.All(found, c => Assert.True(c.RegisteredOn >= since, $"{c.BusinessId} registered {c.RegisteredOn}"));
    }
}
