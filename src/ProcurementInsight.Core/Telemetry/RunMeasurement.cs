namespace ProcurementInsight.Core.Telemetry;

/// <summary>
/// One run being measured (see <see cref="RunMetrics.Start"/>). Count items as they are handled, say how
/// the run ended with <see cref="Succeed"/> or <see cref="Fail"/>; disposing records the run, as
/// <c>failed</c> if no outcome was given (an exception left the run), <c>cancelled</c> when set so.
/// </summary>
public sealed class RunMeasurement : IDisposable
{
    /// <summary>The <c>pi.outcome</c> of a run that finished its work.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The <c>pi.outcome</c> of a run that stopped on an error.</summary>
    public const string Failed = "failed";

    /// <summary>The <c>pi.outcome</c> of a run that was cancelled.</summary>
    public const string Cancelled = "cancelled";

    private readonly string _job;
    private readonly TimeProvider _time;
    private readonly long _started;
    private string? _outcome;
    private bool _recorded;

    internal RunMeasurement(string job, TimeProvider time)
    {
        _job = job;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>Adds <paramref name="count"/> handled items of kind <paramref name="item"/> (e.g. <c>notice.new</c>).</summary>
    public void Count(string item, long count = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        RunMetrics.RecordItems(_job, item, count);
    }

    /// <summary>Marks the run as having finished its work.</summary>
    public void Succeed() => _outcome = Succeeded;

    /// <summary>Marks the run as stopped on an error.</summary>
    public void Fail() => _outcome = Failed;

    /// <summary>Marks the run as cancelled.</summary>
    public void Cancel() => _outcome = Cancelled;

    /// <summary>Records the run once.</summary>
    public void Dispose()
    {
        if (_recorded)
        {
            return;
        }

        _recorded = true;
        RunMetrics.RecordRun(_job, _outcome ?? Failed, _time.GetElapsedTime(_started).TotalSeconds);
    }
}
