using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Infra.Tests;

// The Functions host cannot run here, so these check the published app against what the host loads:
// worker.config.json names the worker, functions.metadata lists the functions (worker indexing is
// off for it to be read), extensions.json names the WebJobs extensions, host.json configures the host.
[Collection(SharedPublishedApp.Name)]
public sealed class FunctionAppPublishTests(PublishedFunctionApp app)
{
    /// <summary>Binding types the Functions host has built in; every other one needs an extension.</summary>
    private static readonly HashSet<string> BuiltInBindings = ["httpTrigger", "http", "timerTrigger"];

    /// <summary>The WebJobs extension assembly that implements a binding type.</summary>
    private static readonly Dictionary<string, string> ExtensionOfBinding = new(StringComparer.Ordinal)
    {
        ["queueTrigger"] = "Microsoft.Azure.WebJobs.Extensions.Storage.Queues",
        ["queue"] = "Microsoft.Azure.WebJobs.Extensions.Storage.Queues",
        ["blobTrigger"] = "Microsoft.Azure.WebJobs.Extensions.Storage.Blobs",
        ["blob"] = "Microsoft.Azure.WebJobs.Extensions.Storage.Blobs",
    };

    [Theory]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("host.json")]
    [InlineData("extensions.json")]
    [InlineData("ProcurementInsight.Functions.dll")]
    public void Publish_Output_HasWhatTheHostLoads(string file)
    {
        Assert.True(File.Exists(Path.Combine(app.Directory, file)), $"{file} is missing from the published app.");
    }

    [Fact]
    public void Publish_FunctionsMetadata_ListsEveryFunctionTheAppDefinesOnce()
    {
        var defined = typeof(Functions.ServiceRegistration).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        var listed = app.Functions.Select(f => (string)f["name"]!).Order(StringComparer.Ordinal);

        Assert.Equal(defined, listed);
        Assert.All(app.Functions, f => Assert.Equal("ProcurementInsight.Functions.dll", (string?)f["scriptFile"]));
    }

    [Fact]
    public void Publish_WorkerConfig_StartsTheIsolatedWorkerFromThePublishedAssembly()
    {
        var description = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Directory, "worker.config.json")))!["description"]!;

        Assert.Equal("dotnet-isolated", (string?)description["language"]);
        Assert.True(File.Exists(Path.Combine(app.Directory, (string)description["defaultWorkerPath"]!)));
    }

    [Fact]
    public void Publish_HostJson_IsTheRepositorysHostJson()
    {
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Directory, "host.json")))!;
        var repository = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "host.json")))!;

        Assert.True(JsonNode.DeepEquals(repository, published), "The published host.json differs from the repository's.");
        Assert.Equal("2.0", (string?)published["version"]);
    }

    [Fact]
    public void Publish_ExtensionsJson_EveryExtensionIsShippedAndEveryBindingHasOne()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Directory, "extensions.json")))!["extensions"]!.AsArray().OfType<JsonObject>().ToList();
        var bindingTypes = app.Functions.SelectMany(f => f["bindings"]!.AsArray().OfType<JsonObject>()).Select(b => (string)b["type"]!).Distinct().ToList();

        Assert.All(extensions, e => Assert.True(
            File.Exists(Path.Combine(app.Directory, ((string)e["hintPath"]!).Replace('/', Path.DirectorySeparatorChar))),
            $"extensions.json names {(string?)e["hintPath"]}, which is not in the published app."));
        foreach (var type in bindingTypes.Where(t => !BuiltInBindings.Contains(t)))
        {
            Assert.True(ExtensionOfBinding.TryGetValue(type, out var assembly), $"Binding type {type} has no known extension: add it to this test.");
            Assert.Contains(extensions, e => ((string)e["typeName"]!).Contains(assembly, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Publish_RuntimeConfig_TargetsTheRuntimeBicepAsksFlexFor()
    {
        var runtimeConfig = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Directory, "ProcurementInsight.Functions.runtimeconfig.json")))!;

        var tfm = (string)runtimeConfig["runtimeOptions"]!["tfm"]!;
        var bicep = File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "modules", "functionapp.bicep"));

        Assert.Equal("net10.0", tfm);
        Assert.Contains($"version: '{tfm["net".Length..]}'", bicep, StringComparison.Ordinal);
        Assert.Contains("name: 'dotnet-isolated'", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_NativeRuntimes_AreLinuxX64Only()
    {
        // Flex Consumption is Linux x64; the csproj's RuntimeIdentifier keeps other platforms' native
        // libraries (Windows, macOS, ARM: most of the package before) out of what azd uploads.
        var runtimes = Path.Combine(app.Directory, "runtimes");
        var platforms = System.IO.Directory.Exists(runtimes)
            ? System.IO.Directory.EnumerateDirectories(runtimes).Select(Path.GetFileName).OfType<string>().ToList()
            : [];
        var foreign = System.IO.Directory.EnumerateFiles(app.Directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".dylib", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("win", StringComparison.Ordinal) && f.Contains("runtimes", StringComparison.Ordinal))
            .ToList();

        Assert.All(platforms, p => Assert.Contains(p, new[] { "linux-x64", "linux", "unix" }));
        Assert.Empty(foreign);
        Assert.Contains("<RuntimeIdentifier>linux-x64</RuntimeIdentifier>", File.ReadAllText(PublishedFunctionApp.ProjectPath), StringComparison.Ordinal);
    }
}
