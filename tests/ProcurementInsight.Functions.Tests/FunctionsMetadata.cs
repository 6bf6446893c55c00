using System.Text.Json.Nodes;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Functions.Tests;

/// <summary>
/// The <c>functions.metadata</c> the worker SDK generates at build: the contract with the Functions
/// host, which cannot be installed here to load the app itself.
/// </summary>
internal static class FunctionsMetadata
{
    private static readonly Lazy<JsonArray> Document = new(Load);

    public static IReadOnlyList<JsonObject> Functions => [.. Document.Value.OfType<JsonObject>()];

    public static JsonObject Function(string name) =>
        Functions.SingleOrDefault(f => (string?)f["name"] == name) ?? throw new InvalidOperationException($"functions.metadata has no function {name}.");

    public static JsonObject Trigger(string name) =>
        Function(name)["bindings"]!.AsArray().OfType<JsonObject>().Single(b => ((string?)b["type"])!.EndsWith("Trigger", StringComparison.Ordinal));

    /// <summary>The metadata of the Functions build with the same configuration as this test assembly.</summary>
    public static string PathOf()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        // The app is built for linux-x64 only (its RuntimeIdentifier), so its output sits in that folder.
        return Path.Combine(FixtureFiles.RepositoryRoot, "src", "ProcurementInsight.Functions", "bin", configuration, "net10.0", "linux-x64", "functions.metadata");
    }

    private static JsonArray Load() =>
        JsonNode.Parse(File.ReadAllText(PathOf()))!.AsArray();
}
