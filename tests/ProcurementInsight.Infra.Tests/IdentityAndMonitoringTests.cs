using System.Text.Json.Nodes;

namespace ProcurementInsight.Infra.Tests;

// The app runs as a user-assigned identity whose roles exist before the site (a system-assigned identity is
// born with the site and races its roles on first deploy), and Application Insights takes telemetry from
// identities only, as the Flex Consumption azd template sets it up.
public sealed class IdentityAndMonitoringTests
{
    // Built-in role definition ids.
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    [Fact]
    public async Task FunctionApp_Identity_IsUserAssignedOnlyAndUsedForKeyVaultAndDeployment()
    {
        var site = await SiteAsync();

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.DoesNotContain("SystemAssigned", (string?)site["properties"]!["keyVaultReferenceIdentity"], StringComparison.Ordinal);
        var authentication = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!;
        Assert.Equal("UserAssignedIdentity", (string?)authentication["type"]);
        Assert.False(string.IsNullOrEmpty((string?)authentication["userAssignedIdentityResourceId"]));
    }

    [Fact]
    public async Task FunctionApp_Module_DependsOnEveryRoleModuleSoRolesExistBeforeTheSite()
    {
        var resources = await ResourcesTemplateAsync();
        var roleModules = ArmTemplate.Resources(resources)
            .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments" && ((string)r["name"]!).EndsWith("-roles", StringComparison.Ordinal))
            .ToList();

        var dependsOn = ArmTemplate.Module(resources, "functionapp")["dependsOn"]!.AsArray().Select(d => (string)d!).ToList();

        Assert.Equal(3, roleModules.Count);
        Assert.All(roleModules, m =>
        {
            Assert.Contains(SymbolicName(resources, m), dependsOn);
            Assert.DoesNotContain("functionapp", m["properties"]!["parameters"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("Storage__ClientId")]
    public async Task AppSettings_StorageIdentity_NamesTheUserAssignedClientId(string setting)
    {
        var settings = await AppSettingsAsync();

        Assert.Contains("clientId", settings[setting], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationInsights_LocalAuthOff_AppAuthenticatesAsItsIdentityWithThePublisherRole()
    {
        var template = await BicepCli.MainArmTemplateAsync();
        var component = Assert.Single(ArmTemplate.AllResources(template, "Microsoft.Insights/components"), c => c["properties"]?["Application_Type"] is not null);
        var settings = await AppSettingsAsync();

        Assert.True((bool?)component["properties"]!["DisableLocalAuth"]);
        Assert.Matches(@"^\[format\('ClientId=\{0\};Authorization=AAD'", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        var roles = ArmTemplate.Template(ArmTemplate.Module(await ResourcesTemplateAsync(), "monitoring-roles"));
        Assert.Equal(MonitoringMetricsPublisher, (string?)roles["variables"]!["metricsPublisherRoleId"]);
        var assignment = Assert.Single(ArmTemplate.Resources(roles), r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments");
        Assert.Contains("metricsPublisherRoleId", RoleOf(assignment), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Insights/components", assignment["scope"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppSettings_DeprecatedOnFlexConsumption_AreNotSet()
    {
        var settings = await AppSettingsAsync();

        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Keys);
    }

    [Fact]
    public async Task StorageRoles_Operator_GetsTheDataRolesTheCommandLineNeeds()
    {
        var storageRoles = ArmTemplate.Template(ArmTemplate.Module(await ResourcesTemplateAsync(), "storage-roles"));

        var operatorRoles = storageRoles["variables"]!["operatorRoles"]!.AsArray().Select(r => (string)r!).ToList();

        Assert.Equal(new[] { BlobDataContributor, QueueDataContributor, TableDataContributor }.Order(StringComparer.Ordinal), operatorRoles.Order(StringComparer.Ordinal));
        Assert.Contains(ArmTemplate.Resources(storageRoles), r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments" && r["properties"]!["principalId"]!.ToString().Contains("operatorPrincipalId", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("smtp")]
    [InlineData("estimateSchedules")]
    [InlineData("secretNames")]
    [InlineData("identity")]
    public async Task ModuleParameters_ObjectParameters_AreTyped(string parameter)
    {
        var modules = ArmTemplate.AllResources(await BicepCli.MainArmTemplateAsync(), "Microsoft.Resources/deployments")
            .Select(ArmTemplate.Template)
            .Where(t => t["parameters"]?[parameter] is JsonObject p && (p["$ref"] is not null || (string?)p["type"] == "object"))
            .ToList();

        Assert.NotEmpty(modules);
        Assert.All(modules, t => Assert.StartsWith("#/definitions/", (string?)t["parameters"]![parameter]!["$ref"], StringComparison.Ordinal));
    }

    internal static async Task<JsonObject> ResourcesTemplateAsync() =>
        ArmTemplate.Template(ArmTemplate.Module(await BicepCli.MainArmTemplateAsync(), "resources"));

    private static async Task<JsonObject> SiteAsync() =>
        Assert.Single(ArmTemplate.AllResources(await BicepCli.MainArmTemplateAsync(), "Microsoft.Web/sites"));

    private static async Task<Dictionary<string, string>> AppSettingsAsync() =>
        (await SiteAsync())["properties"]!["siteConfig"]!["appSettings"]!.AsArray().OfType<JsonObject>()
            .ToDictionary(s => (string)s["name"]!, s => s["value"]?.ToString() ?? string.Empty, StringComparer.Ordinal);

    private static string RoleOf(JsonObject assignment) => assignment["properties"]?["roleDefinitionId"]?.ToString() ?? string.Empty;

    /// <summary>The symbolic name a language-version-2 template gives a resource (its key), else its name.</summary>
    private static string SymbolicName(JsonObject template, JsonObject resource) =>
        template["resources"] is JsonObject map ? map.Single(p => ReferenceEquals(p.Value, resource)).Key : (string)resource["name"]!;
}
