namespace ProcurementInsight.Cli.Failures;

/// <summary>The command line's exit codes, one scheme for every command (the README lists them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but failed or found nothing to work on (a file that cannot be parsed, no profiles yet).</summary>
    public const int Failed = 1;

    /// <summary>A setting or option has a bad value, or a service refuses the configured credentials: fix it and run again.</summary>
    public const int BadConfiguration = 2;

    /// <summary>A resource cannot be reached or used: storage does not answer, a port is taken by another process.</summary>
    public const int Unavailable = 3;

    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2, the shell's convention.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15, the shell's convention.</summary>
    public const int Terminated = 143;
}
