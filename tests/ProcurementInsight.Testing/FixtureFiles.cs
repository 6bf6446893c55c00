namespace ProcurementInsight.Testing;

/// <summary>Paths to the shared fixture files (<c>../shared/fixtures</c> beside the repository).</summary>
public static class FixtureFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding <c>ProcurementInsight.sln</c>).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared fixtures folder.</summary>
    public static string SharedFixtures => Path.Combine(Root.Value, "..", "shared", "fixtures");

    /// <summary>A file in the eForms SDK examples.</summary>
    public static string EFormsExample(string name) => Path.Combine(SharedFixtures, "eforms-sdk-examples", name);

    /// <summary>A file under the HILMA samples.</summary>
    public static string HilmaSample(string relativePath) => Path.Combine(SharedFixtures, "hilma-samples", relativePath);

    /// <summary>A file in the repository's own test data (<c>tests/data</c>).</summary>
    public static string TestData(string relativePath) => Path.Combine(RepositoryRoot, "tests", "data", relativePath);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProcurementInsight.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ProcurementInsight.sln not found above " + AppContext.BaseDirectory);
    }
}
