namespace ProcurementInsight.Cli.Tests;

/// <summary>What one in-process run of the command line wrote and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => Lines(Output);

    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) =>
        text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
