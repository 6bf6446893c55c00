using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>The survey design through the dispatcher on Azurite: draws recorded once, upgrades, the cap, and the design on invitations.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyDesignTests(AzuriteFixture azurite, MailDevFixture mail)
{
    // The stratum of SurveyScenario.InnovativeNotice: a municipal buyer, CPV 34, 1,234,567.89 euros estimated.
    private const string Stratum = "Municipal|34|huge";

    [Fact]
    public async Task HandleTrigger_AwardNoticeAfterAnUnselectedDraw_NeverRedraws()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var procedure = Procedure(u => u >= 0.2);
        await StoreAllocationAsync(scenario, 0.2);
        await scenario.StoreAsync(Unflagged("EF-8001", procedure, mail.NewAddress(), FormType.Competition));
        var first = await scenario.Dispatcher.HandleTriggerAsync("EF-8001", CancellationToken.None);

        // The rates change, and the award notice and a re-harvest of the contract notice arrive.
        await scenario.Services.GetRequiredService<ISurveyAllocationStore>().SaveAsync(Allocation(1.0), CancellationToken.None);
        var fresh = scenario.Services.GetRequiredService<ISurveyDrawStore>();
        await scenario.StoreAsync(Unflagged("EF-8002", procedure, mail.NewAddress(), FormType.Result));
        var award = await scenario.Dispatcher.HandleTriggerAsync("EF-8002", CancellationToken.None);
        var again = await scenario.Dispatcher.HandleTriggerAsync("EF-8001", CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero, first.Counts);
        Assert.Equal(DispatchCounts.Zero, award.Counts);
        Assert.Equal(DispatchCounts.Zero, again.Counts);
        Assert.Empty(await scenario.AllInvitationsAsync());
        var draw = await fresh.GetAsync(procedure, CancellationToken.None);
        Assert.Equal((procedure, 2025, SurveyPhase.Control, Stratum, 0.2, false, false), (draw!.Procedure, draw.Year, draw.Phase, draw.Stratum, draw.Rate, draw.Selected, draw.Upgraded));
        Assert.Empty(draw.Buyers);
    }

    [Fact]
    public async Task HandleTrigger_UnflaggedProcedureLaterFlagged_IsUpgradedAndInvitedAsFlagged()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var procedure = Procedure(u => u >= 0.2);
        var address = mail.NewAddress();
        await StoreAllocationAsync(scenario, 0.2);
        await scenario.StoreAsync(Unflagged("EF-8101", procedure, address, FormType.Competition));
        await scenario.Dispatcher.HandleTriggerAsync("EF-8101", CancellationToken.None);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-8102", address, procedure));

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-8102", CancellationToken.None);

        Assert.Equal(1, result.Counts.Created);
        var invitation = Assert.Single(await scenario.AllInvitationsAsync());
        Assert.Equal(new SurveyDesignPoint(SurveyPhase.Flagged, Stratum, 1), invitation.Design);
        var draw = await scenario.Services.GetRequiredService<ISurveyDrawStore>().GetAsync(procedure, CancellationToken.None);
        Assert.True(draw!.Upgraded);
        Assert.Equal((SurveyPhase.Flagged, 1.0, true), (draw.Phase, draw.Rate, draw.Selected));
    }

    [Fact]
    public async Task HandleTrigger_SelectedControlProcedure_DesignSurvivesStorageAndReachesTheOutcome()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var procedure = Procedure(u => u < 0.2);
        await StoreAllocationAsync(scenario, 0.2);
        await scenario.StoreAsync(Unflagged("EF-8201", procedure, mail.NewAddress(), FormType.Competition));

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-8201", CancellationToken.None);

        Assert.Equal(1, result.Counts.Created);
        var expected = new SurveyDesignPoint(SurveyPhase.Control, Stratum, 0.2);
        Assert.Equal(expected, Assert.Single(await scenario.AllInvitationsAsync()).Design);
        var outcomes = new List<SurveyOutcome>();
        await foreach (var outcome in scenario.Services.GetRequiredService<ISurveyOutcomeSource>().ListAsync(CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(expected, Assert.Single(outcomes).Design);
    }

    [Fact]
    public async Task HandleTrigger_UnflaggedWithNoStoredAllocation_ComputesAndStoresTheYearsAllocationOnce()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, new Dictionary<string, string?> { ["Survey:ControlSample:AnnualSize"] = "100" });
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-8301", null));
        for (var i = 0; i < 4; i++)
        {
            await scenario.StoreAsync(Unflagged($"EF-831{i}", $"proc-831{i}", null, FormType.Competition));
        }

        await scenario.Dispatcher.HandleTriggerAsync("EF-8310", CancellationToken.None);
        await scenario.Dispatcher.HandleTriggerAsync("EF-8311", CancellationToken.None);

        var allocation = await scenario.Services.GetRequiredService<ISurveyAllocationStore>().GetAsync(2025, CancellationToken.None);
        Assert.Equal((2025, 2025, 100), (allocation!.Year, allocation.ReferenceYear, allocation.TargetSize));
        Assert.Equal(4, Assert.Single(allocation.Strata).Units);

        // The four were published on one day of 2025: each stands for 365 of the year.
        Assert.Equal(365, allocation.PopulationScale);
        Assert.Equal(100.0 / (4 * 365), allocation.RateOf(Stratum), 9);
        var draws = scenario.Services.GetRequiredService<ISurveyDrawStore>();
        Assert.Equal(allocation.RateOf(Stratum), (await draws.GetAsync("proc-8310", CancellationToken.None))!.Rate);
    }

    [Fact]
    public async Task HandleTrigger_ControlSampleOff_UnflaggedNoticeCreatesNothing()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, new Dictionary<string, string?> { ["Survey:ControlSample:AnnualSize"] = "0" });
        await scenario.StoreAsync(Unflagged("EF-8401", "proc-8401", mail.NewAddress(), FormType.Competition));

        var result = await scenario.Dispatcher.HandleTriggerAsync("EF-8401", CancellationToken.None);

        Assert.Equal(DispatchCounts.Zero, result.Counts);
        Assert.Empty(await scenario.AllInvitationsAsync());
        Assert.Null(await scenario.Services.GetRequiredService<ISurveyDrawStore>().GetAsync("proc-8401", CancellationToken.None));
    }

    [Fact]
    public async Task HandleTrigger_SecondProcedureOfAnAddressUnderCapOne_KeptWithProbabilityAQuarter_NextQuarterStartsAgain()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail, new Dictionary<string, string?> { ["Survey:Cap:PerAddressPerQuarter"] = "1" });
        var address = mail.NewAddress();
        var other = mail.NewAddress();
        string[] procedures = ["proc-cap-1", "proc-cap-2", "proc-cap-3", "proc-cap-4"];
        var notices = new[]
        {
            SurveyScenario.InnovativeNotice("EF-8501", address, procedures[0]),
            SurveyScenario.InnovativeNotice("EF-8502", address, procedures[1]),
            SurveyScenario.InnovativeNotice("EF-8503", other, procedures[2]),
            SurveyScenario.InnovativeNotice("EF-8504", address, procedures[3]) with { PublicationDate = new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero) },
        };
        foreach (var notice in notices)
        {
            await scenario.StoreAsync(notice);
            await scenario.Dispatcher.HandleTriggerAsync(notice.Key, CancellationToken.None);
        }

        // A repeat of the second procedure takes no new rank.
        await scenario.Dispatcher.HandleTriggerAsync("EF-8502", CancellationToken.None);

        var draws = scenario.Services.GetRequiredService<ISurveyDrawStore>();
        var buyers = new List<SurveyBuyerDraw>();
        foreach (var procedure in procedures)
        {
            buyers.Add(Assert.Single((await draws.GetAsync(procedure, CancellationToken.None))!.Buyers.Values));
        }

        Assert.Equal([1, 2, 1, 1], buyers.Select(b => b.Rank));
        Assert.Equal([1, 0.25, 1, 1], buyers.Select(b => b.CapRate));
        var secondKept = SurveySampler.CapNumber(procedures[1], "0201256-6") < 0.25;
        Assert.Equal(secondKept, buyers[1].Invited);
        var invitations = (await scenario.AllInvitationsAsync()).ToDictionary(i => i.ProcedureId);
        Assert.Equal(secondKept ? 4 : 3, invitations.Count);
        Assert.Equal(1, invitations[procedures[3]].Design!.InclusionProbability);
        if (secondKept)
        {
            Assert.Equal(0.25, invitations[procedures[1]].Design!.InclusionProbability);
        }
    }

    /// <summary>A procedure whose control draw's uniform number for 2025 satisfies <paramref name="predicate"/>.</summary>
    private static string Procedure(Func<double, bool> predicate) =>
        Enumerable.Range(0, 10_000).Select(i => $"proc-design-{i}").First(p => predicate(SurveySampler.ControlNumber(2025, p)));

    /// <summary>The innovative test notice with its innovation answers and codes removed.</summary>
    private static Notice Unflagged(string key, string procedure, string? email, string formType)
    {
        var notice = SurveyScenario.InnovativeNotice(key, email, procedure);
        return notice with
        {
            FormType = formType,
            HilmaNoticeAnswers = null,
            Lots = [.. notice.Lots.Select(l => l with { InnovativeAcquisition = [], StrategicProcurement = [], HilmaAnswers = null })],
        };
    }

    private static ControlAllocation Allocation(double rate) =>
        new("test", 2025, 2024, 100, new Dictionary<string, double>(StringComparer.Ordinal) { [Stratum] = rate }, rate, 100);

    private static Task StoreAllocationAsync(SurveyScenario scenario, double rate) =>
        scenario.Services.GetRequiredService<ISurveyAllocationStore>().SaveAsync(Allocation(rate), CancellationToken.None);
}
