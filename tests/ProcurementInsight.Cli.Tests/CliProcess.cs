using System.Diagnostics;

namespace ProcurementInsight.Cli.Tests;

/// <summary>The real <c>procurement-insight</c> program as a child process, configured through its environment.</summary>
internal static class CliProcess
{
    /// <summary>
    /// Starts the program with <paramref name="settings"/> as environment variables (<c>Section__Key</c>). It is started
    /// through perl, which sets SIGINT and SIGTERM back to their defaults: a test host started in the background
    /// ignores SIGINT, and a child would inherit that, so the program could never see the signal under test.
    /// </summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("perl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { "-e", "$SIG{INT} = $SIG{TERM} = 'DEFAULT'; exec @ARGV or die \"exec: $!\";", "dotnet", Path.Combine(AppContext.BaseDirectory, "procurement-insight.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("perl did not start");
    }

    /// <summary>Sends a signal (<c>TERM</c>, <c>INT</c>) as <c>kill -s</c> does; <see cref="Process.Kill()"/> only sends SIGKILL.</summary>
    public static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start");
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
