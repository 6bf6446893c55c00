using System.Text.Json.Nodes;
using NCrontab;
using ProcurementInsight.Cli;
using ProcurementInsight.Hilma;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>The local twin (<c>procurement-insight serve</c>) exposes exactly what the function app does.</summary>
public sealed class LocalTwinTests
{
    [Fact]
    public void Routes_LocalTwin_EqualFunctionAppHttpTriggers()
    {
        var app = FunctionsMetadata.Functions
            .Select(f => (Name: (string)f["name"]!, Trigger: FunctionsMetadata.Trigger((string)f["name"]!)))
            .Where(f => (string?)f.Trigger["type"] == "httpTrigger")
            .SelectMany(f => f.Trigger["methods"]!.AsArray().Select(m => $"{f.Name} {((string)m!).ToUpperInvariant()} {(string?)f.Trigger["route"]}"))
            .Order(StringComparer.Ordinal);

        var twin = LocalTwin.Routes.Select(r => $"{r.FunctionName} {r.Method} {r.Route}").Order(StringComparer.Ordinal);

        Assert.Equal(app, twin);
    }

    [Fact]
    public void Jobs_LocalTwin_EqualFunctionAppTimerTriggers()
    {
        var app = FunctionsMetadata.Functions
            .Select(f => (Name: (string)f["name"]!, Trigger: FunctionsMetadata.Trigger((string)f["name"]!)))
            .Where(f => (string?)f.Trigger["type"] == "timerTrigger")
            .Select(f => $"{f.Name} {(string?)f.Trigger["schedule"]}")
            .Order(StringComparer.Ordinal);

        var twin = LocalTwin.Jobs.Select(j => $"{j.FunctionName} %{j.ScheduleSetting}%").Order(StringComparer.Ordinal);

        Assert.Equal(app, twin);
    }

    [Fact]
    public void Schedules_Defaults_AreValidNcrontabAndMatchLocalSettings()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "src", "ProcurementInsight.Functions", "local.settings.json")))!["Values"]!;

        foreach (var job in LocalTwin.Jobs)
        {
            var schedule = CrontabSchedule.Parse(job.DefaultSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
            Assert.Equal(job.DefaultSchedule, (string?)settings[job.ScheduleSetting]);
            var next = schedule.GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            Assert.Equal(job.FunctionName == HarvestNotices.Name ? new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc) : new DateTime(2026, 1, 1, 3, 30, 0, DateTimeKind.Utc), next);
        }

        Assert.Equal(HarvestSchedule.Default, LocalTwin.Jobs.Single(j => j.FunctionName == HarvestNotices.Name).DefaultSchedule);
        Assert.Equal(Broker.Profiles.SupplierProfileSchedule.Default, LocalTwin.Jobs.Single(j => j.FunctionName == BuildSupplierProfiles.Name).DefaultSchedule);
    }
}
