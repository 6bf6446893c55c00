using ProcurementInsight.Storage;

namespace ProcurementInsight.Infra.Tests;

// The function app does not create its tables, containers or queues in Azure (its identity may, but a
// typo would then create a second, empty table); Bicep does. So Bicep must declare exactly what the
// code's StorageLayout uses, with no prefix, as production runs.
public sealed class StorageDeclarationTests
{
    /// <summary>The Flex Consumption deployment container: the platform's, not the app's.</summary>
    private const string DeploymentContainer = "app-package";

    [Fact]
    public async Task Tables_DeclaredByBicep_AreExactlyTheLayoutsTables()
    {
        var declared = await StorageParameterAsync("tableNames");

        Assert.Equal(StorageLayout.Default.Tables.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Containers_DeclaredByBicep_AreTheLayoutsContainersAndTheDeploymentContainer()
    {
        var declared = await StorageParameterAsync("containerNames");

        Assert.Equal(StorageLayout.Default.Containers.Append(DeploymentContainer).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Queues_DeclaredByBicep_AreExactlyTheLayoutsQueues()
    {
        var declared = await StorageParameterAsync("queueNames");

        Assert.Equal(StorageLayout.Default.Queues.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts/tableServices/tables", "tableNames")]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices/containers", "containerNames")]
    [InlineData("Microsoft.Storage/storageAccounts/queueServices/queues", "queueNames")]
    public async Task StorageModule_CreatesOneResourcePerName(string type, string parameter)
    {
        var storage = ArmTemplate.Template(ArmTemplate.Module(await ResourcesTemplateAsync(), "storage"));

        var resource = Assert.Single(ArmTemplate.Resources(storage), r => (string?)r["type"] == type);

        Assert.Equal($"[length(parameters('{parameter}'))]", (string?)resource["copy"]?["count"]);
    }

    [Fact]
    public async Task StorageAccount_SharedKeysAreOff_SoOnlyIdentitiesGetIn()
    {
        var account = Assert.Single(ArmTemplate.AllResources(await BicepCli.MainArmTemplateAsync(), "Microsoft.Storage/storageAccounts"));

        Assert.False((bool?)account["properties"]!["allowSharedKeyAccess"]);
        Assert.False((bool?)account["properties"]!["allowBlobPublicAccess"]);
    }

    private static async Task<IReadOnlyList<string>> StorageParameterAsync(string parameter)
    {
        var resources = await ResourcesTemplateAsync();
        return ArmTemplate.StringArrayParameter(resources, ArmTemplate.Module(resources, "storage"), parameter);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> ResourcesTemplateAsync() =>
        ArmTemplate.Template(ArmTemplate.Module(await BicepCli.MainArmTemplateAsync(), "resources"));
}
