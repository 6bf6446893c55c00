using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey;

namespace ProcurementInsight.Functions;

/// <summary>Timer: sends every survey e-mail that is due — invitations not sent yet, retries, reminders to non-responders.</summary>
public sealed class SendSurveyReminders(SurveyDispatcher dispatcher)
{
    /// <summary>The function name (also the local twin's job name).</summary>
    public const string Name = "SendSurveyReminders";

    /// <summary>Runs one dispatch. A failure propagates so the host records and reports it.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger("%" + SurveySchedule.SettingName + "%", UseMonitor = true)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await dispatcher.DispatchDueAsync(cancellationToken);
    }
}
