using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Hilma.Simulator;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>The <c>Simulator:*</c> settings reach the corpus every command builds (<see cref="SimulatorLauncher.CreateCorpus(IServiceProvider)"/>).</summary>
public sealed class SimulatorSettingsTests
{
    private static readonly Lazy<SimulatedNotice[]> Usual = new(() => Notices(new Dictionary<string, string?>()));

    [Fact]
    public void CreateCorpus_NewToMarketShareSet_RaisesTheRealisedTrueShare()
    {
        var raised = Notices(new Dictionary<string, string?> { ["Simulator:NewToMarketShare"] = "0.2" });

        Assert.InRange(Share(raised, n => n.Truth.NewToMarket), 0.16, 0.24);
        Assert.InRange(Share(Usual.Value, n => n.Truth.NewToMarket), 0.03, 0.07);
    }

    [Fact]
    public void CreateCorpus_NewToBuyerShareSet_LowersTheRealisedTrueShare()
    {
        var lowered = Notices(new Dictionary<string, string?> { ["Simulator:NewToBuyerShare"] = "0.1" });

        Assert.InRange(Share(lowered, n => n.Truth.NewToBuyer), 0.1, 0.2);
        Assert.InRange(Share(Usual.Value, n => n.Truth.NewToBuyer), 0.4, 0.55);
    }

    [Fact]
    public void CreateCorpus_MunicipalRecallSet_ChangesOnlyMunicipalSelfReports()
    {
        var changed = Notices(new Dictionary<string, string?> { ["Simulator:SelfReportRecallMunicipal"] = "0.2" });

        double Recall(SimulatedNotice[] notices, Sector sector) => Share(
            [.. notices.Where(n => n.Truth.NewToBuyer && BuyerLegalType.ToSector(n.Buyer.LegalType) == sector)],
            n => n.Lots[0].Statistics!.SolutionNewToBuyer == true);

        Assert.InRange(Recall(changed, Sector.Municipal), 0.1, 0.3);
        Assert.InRange(Recall(Usual.Value, Sector.Municipal), 0.75, 0.95);
        Assert.Equal(Recall(Usual.Value, Sector.State), Recall(changed, Sector.State));
        Assert.Equal(Recall(Usual.Value, Sector.Other), Recall(changed, Sector.Other));
    }

    [Fact]
    public void Bind_SurveySettings_ReachTheResponseModel()
    {
        var settings = Settings(new Dictionary<string, string?>
        {
            ["Simulator:Survey:Seed"] = "11",
            ["Simulator:Survey:ResponseScale"] = "0.5",
            ["Simulator:Survey:InnovativeResponseFactor"] = "2",
            ["Simulator:Survey:Recall"] = "0.9",
            ["Simulator:Survey:MunicipalResponseRate"] = "0.4",
        });

        Assert.Equal(new SimulatedSurveyOptions { Seed = 11, ResponseScale = 0.5, InnovativeResponseFactor = 2, Recall = 0.9, MunicipalResponseRate = 0.4 }, settings.Survey);
    }

    [Fact]
    public void Bind_SurveyRecallOutOfRange_FailsNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Settings(new Dictionary<string, string?> { ["Simulator:Survey:Recall"] = "1.5" }));

        Assert.Contains("Survey:Recall", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCorpus_ToSet_IsExclusiveAsHilmasLtFilter()
    {
        var to = new DateTimeOffset(2025, 3, 8, 0, 0, 0, TimeSpan.Zero);

        var corpus = Corpus(new Dictionary<string, string?> { ["Simulator:From"] = "2025-03-01", ["Simulator:To"] = "2025-03-08", ["Simulator:NoticesPerYear"] = "18000" });

        Assert.All(corpus.Entries, e => Assert.True(e.DatePublished < to, $"{e.Key} published {e.DatePublished:O}, not before To"));
        Assert.Contains(corpus.Entries, e => e.DatePublished >= to.AddDays(-1));
        Assert.Equal(new DateOnly(2025, 3, 7), corpus.Options.To);
    }

    [Fact]
    public void Bind_FaultSettings_ReachTheFaultOptionsOfTheirSection()
    {
        var settings = new Dictionary<string, string?>
        {
            [FaultOptions.SectionName + ":Rate429"] = "0.1",
            [FaultOptions.SectionName + ":Rate5xx"] = "0.2",
            [FaultOptions.SectionName + ":SlowRate"] = "0.3",
            [FaultOptions.SectionName + ":SlowDelay"] = "00:00:00.250",
            [FaultOptions.SectionName + ":MalformedXmlRate"] = "0.05",
        };
        using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));

        var faults = services.GetRequiredService<IOptions<FaultOptions>>().Value;

        Assert.Equal("Simulator", FaultOptions.SectionName);
        Assert.Equal(new FaultOptions { Rate429 = 0.1, Rate5xx = 0.2, SlowRate = 0.3, SlowDelay = TimeSpan.FromMilliseconds(250), MalformedXmlRate = 0.05 }, faults);
        Assert.Equal(0.05, SimulatorLauncher.CreateCorpus(services).Options.Faults.MalformedXmlRate);
    }

    [Fact]
    public async Task StartSimulator_RequestsPerMinuteSet_Answers429BeyondIt()
    {
        await using var simulator = await StartSimulatorAsync(new Dictionary<string, string?> { ["Simulator:RequestsPerMinute"] = "2" });
        using var client = new HttpClient { BaseAddress = simulator.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri(HilmaSimulatorServer.ReadPath + "/notices?id=1", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("Flat", false)]
    [InlineData("KeyedByLot", true)]
    public async Task StartSimulator_StatisticsShapeSet_ServesThatShape(string shape, bool keyedByLot)
    {
        await using var simulator = await StartSimulatorAsync(new Dictionary<string, string?> { ["Simulator:StatisticsShape"] = shape });
        using var client = new HttpClient { BaseAddress = simulator.BaseAddress };
        var entry = simulator.Corpus.Entries.First(e => e.Type.HasStatistics);

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"{HilmaSimulatorServer.ReadPath}/notice/{entry.NoticeId}"), UriKind.Relative)));

        var statistics = document.RootElement.GetProperty("hilmaStatistics");
        Assert.Equal(JsonValueKind.Object, statistics.ValueKind);
        Assert.Equal(keyedByLot, statistics.EnumerateObject().All(p => p.Name.StartsWith("LOT-", StringComparison.Ordinal) || p.Name.StartsWith("PAR-", StringComparison.Ordinal)));
    }

    private static async Task<HilmaSimulatorServer> StartSimulatorAsync(Dictionary<string, string?> settings)
    {
        settings["Hilma:UseSimulator"] = "true";
        settings["Hilma:BaseAddress"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}/");
        settings["Simulator:NoticesPerYear"] = "2000";
        settings["Simulator:From"] = "2025-03-01";
        settings["Simulator:To"] = "2025-04-01";
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        return (HilmaSimulatorServer)(await CliHost.StartSimulatorIfConfiguredAsync(services, CancellationToken.None))!; // UseSimulator is true: never null.
    }

    private static SimulatedCorpus Corpus(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Simulator:NoticesPerYear", "4000");
        using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        return SimulatorLauncher.CreateCorpus(services);
    }

    private static SimulatorSettings Settings(Dictionary<string, string?> settings)
    {
        settings["Simulator:NoticesPerYear"] = "4000";
        using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        return services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
    }

    private static SimulatedNotice[] Notices(Dictionary<string, string?> settings)
    {
        var corpus = Corpus(settings);
        return [.. corpus.Entries.Where(e => e.Type.Kind is NoticeKind.Contract).Select(corpus.Generate)];
    }

    private static double Share(SimulatedNotice[] notices, Func<SimulatedNotice, bool> predicate) =>
        notices.Count(predicate) / (double)notices.Length;
}
