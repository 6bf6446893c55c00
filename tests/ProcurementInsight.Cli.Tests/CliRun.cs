namespace ProcurementInsight.Cli.Tests;

/// <summary>Runs the command line in-process, capturing its output and error streams.</summary>
internal static class CliRun
{
    /// <summary>Runs <paramref name="args"/> with no configuration beyond appsettings.json.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs <paramref name="args"/> with <paramref name="settings"/> as the last configuration source.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error, settings);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
