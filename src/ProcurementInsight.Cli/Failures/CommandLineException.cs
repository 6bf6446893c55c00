namespace ProcurementInsight.Cli.Failures;

/// <summary>
/// A failure the user can act on, with the one plain message to show and the exit code (<see cref="ExitCodes"/>).
/// <see cref="CliApplication"/> prints the message alone, without a stack trace.
/// </summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    public CommandLineException()
        : this(ExitCodes.Failed, "The command failed.")
    {
    }

    public CommandLineException(string message)
        : this(ExitCodes.Failed, message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : this(ExitCodes.Failed, message, innerException)
    {
    }

    /// <summary>The process's exit code.</summary>
    public int ExitCode { get; }
}
