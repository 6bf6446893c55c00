using System.Diagnostics;
using System.Text.Json.Nodes;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Infra.Tests;

/// <summary>
/// The function app as <c>dotnet publish</c> lays it out for deployment (what azd zips and Flex
/// Consumption loads), published once per test run from the build this test assembly was built with.
/// </summary>
public sealed class PublishedFunctionApp : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "pi-publish-" + Guid.NewGuid().ToString("N")[..8]);

    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string ProjectPath =>
        Path.Combine(FixtureFiles.RepositoryRoot, "src", "ProcurementInsight.Functions", "ProcurementInsight.Functions.csproj");

    public string PublishOutput { get; private set; } = string.Empty;

    public JsonArray Metadata => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "functions.metadata")))!.AsArray();

    public IEnumerable<JsonObject> Functions => Metadata.OfType<JsonObject>();

    public static JsonObject Trigger(JsonObject function) =>
        function["bindings"]!.AsArray().OfType<JsonObject>().Single(b => ((string?)b["type"])!.EndsWith("Trigger", StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        // --no-build: publish exactly the assemblies the tests were built against, and do not race a
        // concurrent build of the same project.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", ProjectPath, "--no-build", "-c", Configuration, "-o", Directory, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        PublishOutput = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}): {PublishOutput}");
        }
    }

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
