using System.Text.Json.Nodes;
using NCrontab;
using ProcurementInsight.Cli;
using ProcurementInsight.Hilma;
using ProcurementInsight.Survey;
using ProcurementInsight.Ml;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>The local twin (<c>procurement-insight serve</c>) exposes exactly what the function app does.</summary>
public sealed class LocalTwinTests
{
    [Fact]
    public void Routes_LocalTwin_EqualFunctionAppHttpTriggers()
    {
        var app = HttpTriggers("route");

        var twin = LocalTwin.Routes.Select(r => $"{r.FunctionName} {r.Method} {r.Route}").Order(StringComparer.Ordinal);

        Assert.Equal(app, twin);
    }

    [Fact]
    public void Routes_LocalTwin_HaveTheFunctionAppsAuthorizationLevels()
    {
        var app = HttpTriggers("authLevel");

        var twin = LocalTwin.Routes.Select(r => $"{r.FunctionName} {r.Method} {r.Level}").Order(StringComparer.Ordinal);

        Assert.Equal(app, twin);
        Assert.Contains("ExportSurveyAnswers GET Function", twin);
        Assert.Contains("BrokerView GET Function", twin);
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
    public void Queues_LocalTwin_EqualFunctionAppQueueTriggers()
    {
        var app = FunctionsMetadata.Functions
            .Select(f => (Name: (string)f["name"]!, Trigger: FunctionsMetadata.Trigger((string)f["name"]!)))
            .Where(f => (string?)f.Trigger["type"] == "queueTrigger")
            .Select(f => $"{f.Name} {(string?)f.Trigger["queueName"]}")
            .Order(StringComparer.Ordinal);

        var twin = LocalTwin.QueueHandlers.Select(q => $"{q.FunctionName} {q.QueueName}").Order(StringComparer.Ordinal);

        Assert.Equal(app, twin);
        Assert.NotEmpty(twin);
    }

    [Fact]
    public void Schedules_Defaults_AreValidNcrontabAndMatchLocalSettings()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "src", "ProcurementInsight.Functions", "local.settings.json")))!["Values"]!;

        foreach (var job in LocalTwin.Jobs)
        {
            CrontabSchedule.Parse(job.DefaultSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
            Assert.Equal(job.DefaultSchedule, (string?)settings[job.ScheduleSetting]);
        }

        var harvest = CrontabSchedule.Parse(HarvestSchedule.Default, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        Assert.Equal(new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc), harvest.GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        var reminders = CrontabSchedule.Parse(SurveySchedule.Default, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        Assert.Equal(new DateTime(2026, 1, 1, 0, 15, 0, DateTimeKind.Utc), reminders.GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(HarvestSchedule.Default, LocalTwin.Jobs.Single(j => j.FunctionName == HarvestNotices.Name).DefaultSchedule);
        Assert.Equal(SurveySchedule.Default, LocalTwin.Jobs.Single(j => j.FunctionName == SendSurveyReminders.Name).DefaultSchedule);
        Assert.Equal(MlOptions.TrainScheduleDefault, LocalTwin.Jobs.Single(j => j.FunctionName == TrainClassifier.Name).DefaultSchedule);
        Assert.Equal(MlOptions.PublishScheduleDefault, LocalTwin.Jobs.Single(j => j.FunctionName == PublishEstimate.Name).DefaultSchedule);
        Assert.Equal(Broker.Profiles.SupplierProfileSchedule.Default, LocalTwin.Jobs.Single(j => j.FunctionName == BuildSupplierProfiles.Name).DefaultSchedule);
    }

    [Theory]
    [InlineData(HarvestNotices.Name, "2026-01-01T02:00:00Z")]
    [InlineData(TrainClassifier.Name, "2026-01-04T03:00:00Z")]
    [InlineData(PublishEstimate.Name, "2026-01-01T05:00:00Z")]
    [InlineData(SendSurveyReminders.Name, "2026-01-01T00:15:00Z")]
    [InlineData(BuildSupplierProfiles.Name, "2026-01-01T03:30:00Z")]
    public void Schedules_Defaults_NextOccurrenceFromNewYear(string function, string expected)
    {
        var job = LocalTwin.Jobs.Single(j => j.FunctionName == function);

        var next = CrontabSchedule.Parse(job.DefaultSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            .GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), next);
    }

    /// <summary>"name METHOD value" for every method of every HTTP function of the app, <paramref name="property"/> read from its trigger.</summary>
    private static IOrderedEnumerable<string> HttpTriggers(string property) =>
        FunctionsMetadata.Functions
            .Select(f => (Name: (string)f["name"]!, Trigger: FunctionsMetadata.Trigger((string)f["name"]!)))
            .Where(f => (string?)f.Trigger["type"] == "httpTrigger")
            .SelectMany(f => f.Trigger["methods"]!.AsArray().Select(m => $"{f.Name} {((string)m!).ToUpperInvariant()} {(string?)f.Trigger[property]}"))
            .Order(StringComparer.Ordinal);
}
