using System.CommandLine;
using ProcurementInsight.Cli.Commands;

namespace ProcurementInsight.Cli;

/// <summary>The <c>procurement-insight</c> command tree.</summary>
public static class CliApplication
{
    /// <summary>Parses and runs a command line, writing to the given streams; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ProcurementInsight: harvests Finland's HILMA procurement notices and measures innovative procurement.")
        {
            NoticeCommand.Create(output, error),
            HarvestCommand.Create(output, error),
            ServeCommand.Create(output, error),
            SimulatorCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
