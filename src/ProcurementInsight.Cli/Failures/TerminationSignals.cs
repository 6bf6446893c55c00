using System.Runtime.InteropServices;

namespace ProcurementInsight.Cli.Failures;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM for the <c>procurement-insight</c> process: the first one cancels <see cref="Token"/>,
/// which every command passes down, so the command stops cleanly (a harvest records its run as cancelled, the
/// bundled simulators stop) and the process exits with 130 or 143. A second signal ends the process at once.
/// System.CommandLine 2.0 no longer handles these signals unless asked, and without this a simulator's host
/// would keep them for itself.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private readonly Lock _gate = new();
    private PosixSignal? _received;

    public TerminationSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The exit code of a process stopped by a signal; null when no signal came.</summary>
    public int? ExitCode => _received switch
    {
        PosixSignal.SIGINT => ExitCodes.Interrupted,
        PosixSignal.SIGTERM => ExitCodes.Terminated,
        _ => null,
    };

    /// <summary>The signal's name (<c>SIGTERM</c>), or null.</summary>
    public string? Received => _received?.ToString();

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        lock (_gate)
        {
            if (_received is not null)
            {
                // The second signal: the user insists, so let the runtime end the process now.
                return;
            }

            _received = context.Signal;
        }

        context.Cancel = true;
        _stop.Cancel();
    }
}
