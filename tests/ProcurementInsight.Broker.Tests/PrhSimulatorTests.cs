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

        Assert.Equal((supplier.Name, supplier.City.ToUpperInvariant(), "62010"), (entry.Name, entry.City, entry.MainBusinessLineCode));
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
        var expected = Population.Suppliers.Count(s => s.IsFinnish && s.Name.Contains("Rakennus", StringComparison.OrdinalIgnoreCase));

        var found = await services.GetRequiredService<CompanyRegister>().SearchByNameAsync("Rakennus", CancellationToken.None);

        Assert.True(expected > 100, $"{expected} matches: the test needs more than one page");
        Assert.Equal(expected, found.Count);
        Assert.Equal((expected + 99) / 100, prh.RequestCount);
    }
}
