using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Infra.Tests;

/// <summary>
/// The Bicep CLI restored from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c> (its path is
/// baked into this assembly at build); <c>BICEP_PATH</c> overrides it.
/// </summary>
internal static class BicepCli
{
    public static string InfraDirectory => Path.Combine(FixtureFiles.RepositoryRoot, "infra");

    public static string MainTemplate => Path.Combine(InfraDirectory, "main.bicep");

    /// <summary>The ARM JSON that <c>bicep build infra/main.bicep</c> produces.</summary>
    public static Task<JsonObject> MainArmTemplateAsync() => CompileMainAsync();

    public static string Executable
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("BICEP_PATH");
            if (string.IsNullOrEmpty(path))
            {
                path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value;
            }

            return File.Exists(path) ? path : throw new InvalidOperationException($"The Bicep CLI is not at '{path}': restore the test project (package Azure.Bicep.CommandLine.linux-x64) or set BICEP_PATH.");
        }
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, no registry lookups.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<JsonObject> CompileMainAsync()
    {
        var (exitCode, output, error) = await RunAsync("build", MainTemplate, "--stdout");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({exitCode}): {error}");
        }

        return JsonNode.Parse(output)!.AsObject();
    }
}
