using ProcurementInsight.Testing;

namespace ProcurementInsight.Infra.Tests;

// azd reads azure.yaml to know what to provision and deploy; a wrong path or host only shows at `azd up`.
public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(FixtureFiles.RepositoryRoot, "azure.yaml"));

    [Fact]
    public void AzureYaml_InfraSection_PointsAtTheBicepMainTemplate()
    {
        var infra = Section("infra");

        Assert.Equal("bicep", infra["provider"]);
        Assert.Equal("main", infra["module"]);
        Assert.True(File.Exists(Path.Combine(FixtureFiles.RepositoryRoot, infra["path"], infra["module"] + ".bicep")));
    }

    [Fact]
    public void AzureYaml_FunctionsService_IsTheDotnetFunctionAppProjectTaggedByBicep()
    {
        var service = Section("functions", indent: 2);

        Assert.Equal("function", service["host"]);
        Assert.Equal("dotnet", service["language"]);
        Assert.True(File.Exists(Path.Combine(FixtureFiles.RepositoryRoot, service["project"], "ProcurementInsight.Functions.csproj")));
        Assert.Contains("'azd-service-name': 'functions'", File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "modules", "functionapp.bicep")), StringComparison.Ordinal);
    }

    /// <summary>The <c>key: value</c> lines directly below <c>name:</c> at the given indent (azure.yaml is flat enough).</summary>
    private static Dictionary<string, string> Section(string name, int indent = 0)
    {
        var start = Array.FindIndex(Lines, l => l == new string(' ', indent) + name + ":");
        Assert.True(start >= 0, $"azure.yaml has no '{name}:' section.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines.Skip(start + 1).TakeWhile(l => l.StartsWith(new string(' ', indent + 2), StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return values;
    }
}
