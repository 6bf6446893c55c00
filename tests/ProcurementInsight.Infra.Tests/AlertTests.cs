using System.Text.Json.Nodes;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Infra.Tests;

// Alerts as code: each condition docs/operations.md tells operators to watch is a rule in Bicep, wired to
// the action group, querying the metric and event names the code actually emits.
public sealed class AlertTests
{
    public static TheoryData<string, string[]> Rules() => new()
    {
        { "harvest-failed", [RunMetrics.RunCountInstrument, RunMetrics.HarvestJob, RunMeasurement.Failed] },
        { "survey-poison", ["TriggerPoisoned"] },
        { "survey-bounces", [RunMetrics.RunItemsInstrument, RunMetrics.SurveyDispatchJob, "invitation.bounced"] },
        { "estimate-stale", [RunMetrics.RunCountInstrument, RunMetrics.EstimateJob, RunMeasurement.Succeeded] },
        { "feature-disabled", ["FeatureDisabled"] },
    };

    [Fact]
    public async Task Alerts_RuleNames_AreExactlyTheWatchedConditions()
    {
        var rules = await RuleVariableAsync();

        Assert.Equal(
            Rules().Select(r => (string)r[0]).Order(StringComparer.Ordinal),
            rules.Select(r => (string)r["name"]!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Alerts_EachRule_QueriesTheNamesTheCodeEmits(string rule, string[] names)
    {
        var query = (string)(await RuleVariableAsync()).Single(r => (string?)r["name"] == rule)["query"]!;

        Assert.All(names, name => Assert.Contains($"\"{name}\"", query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alerts_EveryRule_NotifiesTheActionGroup()
    {
        var alerts = await AlertsTemplateAsync();
        var resources = ArmTemplate.Resources(alerts).ToList();

        var logAlerts = Assert.Single(resources, r => (string?)r["type"] == "Microsoft.Insights/scheduledQueryRules");
        var metricAlert = Assert.Single(resources, r => (string?)r["type"] == "Microsoft.Insights/metricAlerts");
        Assert.Single(resources, r => (string?)r["type"] == "Microsoft.Insights/actionGroups");

        Assert.Equal("[length(variables('rules'))]", (string?)logAlerts["copy"]?["count"]);
        Assert.Contains("actionGroup", logAlerts["properties"]!["actions"]!["actionGroups"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("actionGroup", metricAlert["properties"]!["actions"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_Health_IsAnAvailabilityTestOfTheHealthEndpointExpecting200()
    {
        var resources = await ResourcesTemplateAsync();
        var alerts = ArmTemplate.Template(ArmTemplate.Module(resources, "alerts"));

        var test = Assert.Single(ArmTemplate.Resources(alerts), r => (string?)r["type"] == "Microsoft.Insights/webtests");
        var healthUrl = ArmTemplate.Module(resources, "alerts")["properties"]!["parameters"]!["healthUrl"]!["value"]!.ToString();

        Assert.Equal(200, (int?)test["properties"]!["ValidationRules"]!["ExpectedHttpStatusCode"]);
        Assert.Contains("/api/health", healthUrl, StringComparison.Ordinal);
    }

    private static async Task<List<JsonObject>> RuleVariableAsync() =>
        [.. (await AlertsTemplateAsync())["variables"]!["rules"]!.AsArray().OfType<JsonObject>()];

    private static async Task<JsonObject> AlertsTemplateAsync() =>
        ArmTemplate.Template(ArmTemplate.Module(await ResourcesTemplateAsync(), "alerts"));

    private static Task<JsonObject> ResourcesTemplateAsync() => IdentityAndMonitoringTests.ResourcesTemplateAsync();
}
