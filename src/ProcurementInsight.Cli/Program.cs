using ProcurementInsight.Cli;
using ProcurementInsight.Cli.Failures;

using var signals = new TerminationSignals();
var exitCode = await CliApplication.RunAsync(args, Console.Out, Console.Error, cancellationToken: signals.Token);
if (signals.ExitCode is { } stopped)
{
    await Console.Error.WriteLineAsync($"Stopped by {signals.Received}.");
    return stopped;
}

return exitCode;
