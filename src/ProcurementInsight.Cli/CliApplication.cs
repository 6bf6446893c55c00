using System.CommandLine;
using ProcurementInsight.Cli.Commands;

namespace ProcurementInsight.Cli;

/// <summary>The <c>procurement-insight</c> command tree.</summary>
public static class CliApplication
{
    /// <summary>Parses and runs a command line, writing to the given streams; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="settings">
    /// Configuration applied after appsettings.json and environment variables (e.g. <c>Storage:ConnectionString</c>),
    /// so an in-process caller such as a test can configure one run without process-wide environment variables.
    /// </param>
    /// <param name="cancellationToken">Stops the command.</param>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ProcurementInsight: harvests Finland's HILMA procurement notices and measures innovative procurement.")
        {
            NoticeCommand.Create(output, error, settings),
            HarvestCommand.Create(output, error, settings),
            ServeCommand.Create(output, error, settings),
            SimulatorCommand.Create(output, error, settings),
            QuarantineCommand.Create(output, error, settings),
            SurveyCommand.Create(output, error, settings),
            TrainCommand.Create(output, error, settings),
            EstimateCommand.Create(output, error, settings),
            ReportCommand.Create(output, error, settings),
            MatchCommand.Create(output, error, settings),
            BrokerCommand.Create(output, error, settings),
            BrokerCommand.CreateBuyerKey(output, error, settings),
            SupplierCommand.CreateSupplierKey(output, error, settings),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
