namespace ProcurementInsight.Infra.Tests;

public sealed class BicepTemplateTests
{
    public static TheoryData<string> Templates() => [.. TemplateFiles()];

    private static IEnumerable<string> TemplateFiles() =>
        Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BicepCli.InfraDirectory, f))
            .Order(StringComparer.Ordinal);

    [Fact]
    public async Task Build_MainTemplate_CompilesWithNoDiagnostics()
    {
        var (exitCode, output, error) = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");

        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, error.Trim());
        Assert.StartsWith("{", output.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Lint_EveryTemplate_ReportsNoErrorOrWarning(string template)
    {
        var (exitCode, output, error) = await BicepCli.RunAsync("lint", Path.Combine(BicepCli.InfraDirectory, template));

        var diagnostics = (output + error).Trim();
        Assert.True(exitCode == 0, diagnostics);
        Assert.Equal(string.Empty, diagnostics);
    }

    [Fact]
    public void Templates_NoRegistryModules_SoTheyBuildOffline()
    {
        var offenders = TemplateFiles()
            .Where(t => File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, t)).Contains("'br:", StringComparison.Ordinal) || File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, t)).Contains("'br/", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }
}
