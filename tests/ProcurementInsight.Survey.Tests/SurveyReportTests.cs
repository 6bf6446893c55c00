using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Survey.Reports;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>Rates, CSV export and the outcomes the share estimate reads.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyReportTests(AzuriteFixture azurite, MailDevFixture mail)
{
    [Fact]
    public async Task ExportCsv_AnsweredNotice_JoinsNoticeFieldsWithoutEmailAndDefusesFormulas()
    {
        await using var scenario = await AnsweredScenarioAsync();

        await using var csv = new StringWriter();
        var rows = await scenario.Services.GetRequiredService<SurveyReport>().ExportCsvAsync(csv, CancellationToken.None);

        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, rows);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("notice_key,procedure_id,title,buyer_name,buyer_id,sector,cpv_division,notice_type,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("EF-9101,proc-EF-9101,Älykäs katuvalaistus,Helsingin kaupunki,0201256-6,Municipal,34,can-standard,open,supplies,1234567.89,EUR,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",yes,CompletelyNew,SignificantlyImproved,NotNew,services;process,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("@", csv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rates_OneAnsweredOneNot_FiftyPercentInEveryDimension()
    {
        await using var scenario = await AnsweredScenarioAsync();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9102", mail.NewAddress()));
        await scenario.Dispatcher.HandleTriggerAsync("EF-9102", CancellationToken.None);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9103", null));
        await scenario.Dispatcher.HandleTriggerAsync("EF-9103", CancellationToken.None);

        var rates = await scenario.Services.GetRequiredService<SurveyReport>().RatesAsync(CancellationToken.None);

        var total = Assert.Single(rates, r => r.Dimension == "total");
        Assert.Equal((2, 1, 1), (total.Invited, total.Answered, total.NoContact));
        Assert.Equal(0.5, total.Rate);
        Assert.Equal(0.5, Assert.Single(rates, r => r.Dimension == "sector").Rate);
        Assert.Equal("Municipal", Assert.Single(rates, r => r.Dimension == "sector").Group);
        Assert.Equal("2025-03", Assert.Single(rates, r => r.Dimension == "month").Group);
        Assert.Equal("34", Assert.Single(rates, r => r.Dimension == "cpv-division").Group);
    }

    [Fact]
    public async Task OutcomeSource_AnsweredPendingAndNoContact_EachListedWithLabelOnlyWhenAnswered()
    {
        await using var scenario = await AnsweredScenarioAsync();
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9104", mail.NewAddress()));
        await scenario.Dispatcher.HandleTriggerAsync("EF-9104", CancellationToken.None);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9105", null));
        await scenario.Dispatcher.HandleTriggerAsync("EF-9105", CancellationToken.None);

        var outcomes = new List<SurveyOutcome>();
        await foreach (var outcome in scenario.Services.GetRequiredService<ISurveyOutcomeSource>().ListAsync(CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        var byKey = outcomes.ToDictionary(o => o.NoticeKey);
        Assert.Equal(3, outcomes.Count);
        Assert.Equal(SurveyOutcomeStatus.Answered, byKey["EF-9101"].Status);
        Assert.Equal(new SurveyLabel(true, NoveltyLevel.CompletelyNew, NoveltyLevel.SignificantlyImproved, NoveltyLevel.NotNew, "2026-1", SurveyScenario.Start), byKey["EF-9101"].Label);
        Assert.Equal(SurveyOutcomeStatus.Pending, byKey["EF-9104"].Status);
        Assert.Null(byKey["EF-9104"].Label);
        Assert.Equal(SurveyOutcomeStatus.NoContact, byKey["EF-9105"].Status);
    }

    [Fact]
    public void Cell_FormulaAndQuotes_AreDefusedAndQuoted()
    {
        Assert.Equal("'=1+1", SurveyReport.Cell("=1+1"));
        Assert.Equal("-5", SurveyReport.Cell("-5"));
        Assert.Equal("\"'@SUM(A1), \"\"x\"\"\"", SurveyReport.Cell("@SUM(A1), \"x\""));
        Assert.Equal("\"rivi 1\nrivi 2\"", SurveyReport.Cell("rivi 1\nrivi 2"));
    }

    private async Task<SurveyScenario> AnsweredScenarioAsync()
    {
        var scenario = await SurveyScenario.StartAsync(azurite, mail);
        await scenario.StoreAsync(SurveyScenario.InnovativeNotice("EF-9101", mail.NewAddress()));
        await scenario.Dispatcher.HandleTriggerAsync("EF-9101", CancellationToken.None);
        var invitation = (await scenario.AllInvitationsAsync()).Single();
        var answer = SurveyScenario.CompleteAnswer(scenario.Tokens.FormToken(invitation.Id, scenario.Time.GetUtcNow()));
        answer["barriers"] = ["=HYPERLINK(\"http://x\")"];
        var page = await scenario.Form.PostAsync(scenario.Tokens.LinkToken(invitation.Id), new FormBody(answer, 0), null, CancellationToken.None);
        Assert.Equal(200, page.StatusCode);
        return scenario;
    }
}
