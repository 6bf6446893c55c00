using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ProcurementInsight.Core.Telemetry;

/// <summary>
/// Per-run metrics of the service's jobs (harvest, survey dispatch, training, estimation), with one
/// set of instrument names whichever host runs the job: the function app and its local twin
/// <c>procurement-insight serve</c> both export the meter <see cref="MeterName"/>.
/// </summary>
/// <remarks>
/// Instruments (docs/operations.md explains each and the alerts built on them):
/// <list type="bullet">
/// <item><c>pi.run.count</c> — runs finished, tagged <c>pi.job</c> and <c>pi.outcome</c>.</item>
/// <item><c>pi.run.duration</c> — run duration in seconds, tagged <c>pi.job</c> and <c>pi.outcome</c>.</item>
/// <item><c>pi.run.items</c> — items a run handled, tagged <c>pi.job</c> and <c>pi.item</c>
/// (for example <c>notice.new</c>, <c>notice.quarantined</c>, <c>invitation.sent</c>).</item>
/// </list>
/// </remarks>
public static class RunMetrics
{
    /// <summary>The meter name hosts export: <c>ProcurementInsight</c>.</summary>
    public const string MeterName = "ProcurementInsight";

    /// <summary>The <c>pi.job</c> value of a notice harvest.</summary>
    public const string HarvestJob = "harvest";

    /// <summary>The <c>pi.job</c> value of a survey dispatch (invitations and reminders).</summary>
    public const string SurveyDispatchJob = "survey.dispatch";

    /// <summary>The <c>pi.job</c> value of a classifier training run.</summary>
    public const string TrainingJob = "train";

    /// <summary>The <c>pi.job</c> value of a share estimate.</summary>
    public const string EstimateJob = "estimate";

    /// <summary>The <c>pi.job</c> value of a supplier profile build (profiles from winners, register enrichment).</summary>
    public const string SupplierProfilesJob = "broker.profiles";

    /// <summary>The name of the finished-runs counter.</summary>
    public const string RunCountInstrument = "pi.run.count";

    /// <summary>The name of the run-duration histogram.</summary>
    public const string RunDurationInstrument = "pi.run.duration";

    /// <summary>The name of the handled-items counter.</summary>
    public const string RunItemsInstrument = "pi.run.items";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>(RunCountInstrument, "{run}", "Runs finished, by job and outcome.");
    private static readonly Histogram<double> Durations = Meter.CreateHistogram<double>(RunDurationInstrument, "s", "Run duration, by job and outcome.");
    private static readonly Counter<long> Items = Meter.CreateCounter<long>(RunItemsInstrument, "{item}", "Items a run handled, by job and kind.");

    /// <summary>Starts timing a run of <paramref name="job"/>; dispose the result to record it.</summary>
    /// <param name="job">One of the <c>*Job</c> constants.</param>
    /// <param name="time">The clock the duration is measured with.</param>
    public static RunMeasurement Start(string job, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentNullException.ThrowIfNull(time);
        return new RunMeasurement(job, time);
    }

    internal static void RecordItems(string job, string item, long count)
    {
        if (count != 0)
        {
            Items.Add(count, new TagList { { "pi.job", job }, { "pi.item", item } });
        }
    }

    internal static void RecordRun(string job, string outcome, double seconds)
    {
        var tags = new TagList { { "pi.job", job }, { "pi.outcome", outcome } };
        Runs.Add(1, tags);
        Durations.Record(seconds, tags);
    }
}
