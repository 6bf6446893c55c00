using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Tests;

/// <summary>STYLE.md dependency rule 5: Core references nothing outside <c>System.*</c>.</summary>
public sealed class CoreDependencyTests
{
    [Fact]
    public void GetReferencedAssemblies_CoreAssembly_AreAllSystemAssemblies()
    {
        var assembly = typeof(Notice).Assembly;

        var foreign = assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => !(name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"))
            .ToList();

        Assert.Empty(foreign);
    }
}
