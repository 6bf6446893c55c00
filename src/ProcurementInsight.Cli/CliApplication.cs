using System.CommandLine;
using ProcurementInsight.Cli.Commands;
using ProcurementInsight.Cli.Failures;

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
    /// <param name="cancellationToken">Stops the command; the process's SIGINT and SIGTERM cancel it.</param>
    /// <returns>
    /// 0 done; 1 failed or nothing to do; 2 a bad option or setting; 3 a resource cannot be reached or used;
    /// 130 stopped (cancelled).
    /// </returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On a failure, print the exception with its stack trace after the message.",
            Recursive = true,
        };
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
            OrganisationCommand.Create(output, error, settings),
            SupplierCommand.CreateSupplierKey(output, error, settings),
        };
        root.Options.Add(verbose);

        // Failures are ours to report (one plain message, no stack trace); signals are the caller's (Program).
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        var parsed = root.Parse(args);
        try
        {
            var exitCode = await parsed.InvokeAsync(configuration, cancellationToken);
            return parsed.Errors.Count > 0 ? ExitCodes.BadConfiguration : exitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The command line's last line of defence: every failure becomes a message and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failure = CommandFailure.From(ex);
            await error.WriteLineAsync(failure.Message);
            if (parsed.GetValue(verbose))
            {
                await error.WriteLineAsync(ex.ToString());
            }

            return failure.ExitCode;
        }
    }
}
