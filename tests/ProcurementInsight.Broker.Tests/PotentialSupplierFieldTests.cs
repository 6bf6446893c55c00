using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The potential supplier field: the learned table, the ranking with its evidence, the build, and answers that keep it apart.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class PotentialSupplierFieldTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Retrieved = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Learn_WinnersWithRegisterLines_CountsContractsByCpvGroupLineAndHomeRegion()
    {
        var profiles = Profiles();

        var wins = RegisterFieldBuilder.Learn(profiles);

        Assert.Equal(
            [new LineWins("909", "81210", "FI197", 2), new LineWins("909", "81210", "FI1B1", 1), new LineWins("909", "81300", "FI1B1", 1)],
            wins.OrderBy(w => w.LineCode, StringComparer.Ordinal).ThenBy(w => w.Region, StringComparer.Ordinal));
    }

    [Fact]
    public void Rank_CleaningNeedInPirkanmaa_PutsTheNeverWonCleanerOfTampereFirstWithTheLinesRegionalWins()
    {
        var ranker = new PotentialSupplierRanker(Snapshot());

        var field = ranker.Rank(["90910000"], "FI197", 10, 1);

        Assert.Equal(["1000003-9", "1000006-3", "1000002-0"], field.Suppliers.Select(s => s.BusinessId));
        var first = field.Suppliers[0];
        Assert.Equal(("81210", "Tampere", "FI197", 2014, 0), (first.LineCode, first.City, first.Region, first.RegisteredYear, first.ContractsWon));
        Assert.Equal((2, 3, "90", true), (first.Evidence.LineContractsInRegion, first.Evidence.LineContracts, first.Evidence.CpvBasis, first.Evidence.InNeedRegion));
        Assert.Equal("Companies of your line of business 81210 Kiinteistöjen siivous in your region won 2 contracts like this.", first.Evidence.Because["en"][0]);
        Assert.Equal("Registered 2014 in Tampere, line of business 81210 Kiinteistöjen siivous.", first.Evidence.Because["en"][1]);
        Assert.StartsWith("Toimialasi 81210 Kiinteistöjen siivous yritykset alueellasi voittivat 2", first.Evidence.Because["fi"][0], StringComparison.Ordinal);
        Assert.StartsWith("Företag i er bransch 81210", first.Evidence.Because["sv"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EstablishedWinner_IsLeftToTheEstablishedList()
    {
        var ranker = new PotentialSupplierRanker(Snapshot());

        var field = ranker.Rank(["90910000"], null, 50, 1);

        Assert.DoesNotContain(field.Suppliers, s => s.BusinessId == "0112038-9");
        Assert.Contains(field.Suppliers, s => s.BusinessId == "1000002-0" && s.ContractsWon == 1);
    }

    [Fact]
    public void Rank_NoCpvCode_IsEmptyAndSaysToGiveOne()
    {
        var ranker = new PotentialSupplierRanker(Snapshot());

        var field = ranker.Rank([], "FI197", 10, 1);

        Assert.Empty(field.Suppliers);
        Assert.Equal(FieldText.Sv.NoCpv, field.Note!["sv"]);
    }

    [Fact]
    public async Task BuildAsync_SimulatedRegisterWithACallCap_StoresTheTableAndTheLinesCompaniesAndMarksTheRestIncomplete()
    {
        var population = new OrganisationPopulation(20250101);
        await using var prh = await PrhSimulatorServer.StartAsync(population, new PrhSimulatorOptions(), CancellationToken.None);
        await using var services = await BrokerTestHost.StartAsync(azurite, BrokerTestHost.Clock(), new Dictionary<string, string?>
        {
            ["Prh:BaseAddress"] = prh.BaseAddress.ToString(),
            ["Broker:MaxRegisterFieldCallsPerBuild"] = "3",
        });
        var profiles = Profiles();

        var (snapshot, calls) = await services.GetRequiredService<RegisterFieldBuilder>().BuildAsync(profiles, CancellationToken.None);

        var stored = await services.GetRequiredService<IRegisterFieldStore>().GetAsync(CancellationToken.None);
        Assert.Equal(3, calls);
        Assert.Equal(["81210"], stored!.Lines.Select(l => l.Code));
        Assert.All(stored.Lines, l => Assert.False(l.Complete));
        Assert.Equal(300, stored.Companies.Count(c => c.ContractsWon == 0));
        Assert.Equal(snapshot.Wins, stored.Wins);
        Assert.Equal("FI197", stored.TownRegions["TAMPERE"]);
    }

    [Fact]
    public async Task Answers_NeedWithCpv_KeepEstablishedAndPotentialSuppliersApartInJsonAndPage()
    {
        var clock = BrokerTestHost.Clock();
        await using var services = await BrokerTestHost.StartAsync(azurite, clock);
        await services.GetRequiredService<ISupplierProfileStore>().ReplaceAllAsync(Profiles(), CancellationToken.None);
        await services.GetRequiredService<IRegisterFieldStore>().SaveAsync(Snapshot(), CancellationToken.None);
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync("Tampereen kaupunki", CancellationToken.None);
        var needs = services.GetRequiredService<NeedService>();
        var need = (await needs.SubmitAsync("Tampereen kaupunki", new NeedRequest("Koulujen siivous", "Siivouspalvelut kouluille", "90910000", "FI197", null, null), CancellationToken.None)).Need!;

        var json = await services.GetRequiredService<BuyerApi>().GetNeedMatchesAsync(key, "192.0.2.1", need.Id, null, CancellationToken.None);
        var page = await services.GetRequiredService<BrokerPages>().BuyerAsync("sv", new Dictionary<string, string?> { ["apiKey"] = key, ["need"] = "Koulujen siivous", ["cpv"] = "90910000", ["region"] = "FI197" }, "192.0.2.1", CancellationToken.None);

        using var document = JsonDocument.Parse(json.Body);
        var established = document.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("businessId").GetString()).ToList();
        var potential = document.RootElement.GetProperty("potentialSuppliers").GetProperty("suppliers").EnumerateArray().Select(m => m.GetProperty("businessId").GetString()).ToList();
        Assert.Contains("0112038-9", established);
        Assert.Equal("1000003-9", potential[0]);
        Assert.Empty(established.Intersect(potential));
        var body = System.Net.WebUtility.HtmlDecode(page.Body);
        var establishedAt = body.IndexOf(FieldText.Sv.EstablishedHeading, StringComparison.Ordinal);
        var fieldAt = body.IndexOf(FieldText.Sv.Heading, StringComparison.Ordinal);
        Assert.True(establishedAt > 0 && fieldAt > establishedAt, $"established at {establishedAt}, field at {fieldAt}");
        Assert.Contains("Putsarna Tammerfors Oy", body[fieldAt..], StringComparison.Ordinal);
        Assert.DoesNotContain("Siivous Oy", body[fieldAt..], StringComparison.Ordinal);
    }

    /// <summary>Three winners: a Tampere cleaner with two contracts, a Helsinki cleaner and a Helsinki landscaper with one each.</summary>
    internal static List<SupplierProfile> Profiles()
    {
        var built = new SupplierProfileBuilder(400, 10_000).Build(
            [
                Awards.Result("EF-1", "Siivous Oy", "0112038-9", "90910000", "Koulujen siivous", Day, buyer: "Tampereen kaupunki", nuts: "FI197", winnerNuts: "FI197"),
                Awards.Result("EF-2", "Siivous Oy", "0112038-9", "90911200", "Toimistojen siivous", Day.AddDays(1), buyer: "Tampereen kaupunki", nuts: "FI197", winnerNuts: "FI197"),
                Awards.Result("EF-3", "Pikkusiivous Oy", "1000002-0", "90910000", "Siivous", Day.AddDays(2), winnerNuts: "FI1B1"),
                Awards.Result("EF-4", "Viher Oy", "1000004-7", "90919000", "Pihojen siivous", Day.AddDays(3), winnerNuts: "FI1B1"),
            ],
            new HashSet<string>());
        var lines = new Dictionary<string, (string Line, string Name, string City)>
        {
            ["0112038-9"] = ("81210", "Kiinteistöjen siivous", "TAMPERE"),
            ["1000002-0"] = ("81210", "Kiinteistöjen siivous", "HELSINKI"),
            ["1000004-7"] = ("81300", "Maisemanhoitopalvelut", "HELSINKI"),
        };
        return [.. built.Select(p => SupplierProfileBuilder.WithRegister(p, new CompanyRegisterEntry(p.BusinessId!, p.Name, [], lines[p.BusinessId!].Line, lines[p.BusinessId!].Name, "Osakeyhtiö", new DateOnly(2001, 1, 1), null, null, lines[p.BusinessId!].City, true, Retrieved)))];
    }

    internal static RegisterFieldSnapshot Snapshot()
    {
        var profiles = Profiles();
        return new RegisterFieldSnapshot(
            Retrieved,
            RegisterFieldBuilder.Learn(profiles),
            [new RegisterFieldLine("81210", "Kiinteistöjen siivous", Retrieved, true), new RegisterFieldLine("81300", "Maisemanhoitopalvelut", Retrieved, true)],
            [
                new RegisterFieldCompany("0112038-9", "Siivous Oy", "81210", "TAMPERE", "Osakeyhtiö", new DateOnly(2001, 1, 1), 2),
                new RegisterFieldCompany("1000002-0", "Pikkusiivous Oy", "81210", "HELSINKI", "Osakeyhtiö", new DateOnly(2001, 1, 1), 1),
                new RegisterFieldCompany("1000003-9", "Putsarna Tammerfors Oy", "81210", "TAMPERE", "Osakeyhtiö", new DateOnly(2014, 3, 1), 0),
                new RegisterFieldCompany("1000006-3", "Viheralue Tampere Oy", "81300", "TAMPERE", "Osakeyhtiö", new DateOnly(2010, 3, 1), 0),
                new RegisterFieldCompany("1000009-8", "Tuleva Siivous Oy", "81210", "TAMPERE", "Osakeyhtiö", new DateOnly(2026, 3, 1), 0),
            ],
            RegisterFieldBuilder.TownRegions(profiles));
    }
}
