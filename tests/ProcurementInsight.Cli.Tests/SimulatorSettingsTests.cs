using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Hilma.Simulator;

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
