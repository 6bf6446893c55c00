using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NCrontab;

namespace ProcurementInsight.Cli;

/// <summary>
/// Runs the local twin's timer jobs on their NCRONTAB schedules (six fields, seconds first, as the
/// Functions timer trigger reads them). A job that fails is logged and runs again at its next time,
/// as a timer function would; runs of one job never overlap.
/// </summary>
internal sealed partial class LocalScheduler(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<LocalScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(LocalTwin.Jobs.Select(job => RunJobAsync(job, stoppingToken)));

    private async Task RunJobAsync(LocalJob job, CancellationToken stoppingToken)
    {
        var expression = configuration[job.ScheduleSetting] ?? job.DefaultSchedule;
        var schedule = CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        LogScheduled(logger, job.FunctionName, expression);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(schedule.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
            if (next - now > MaxDelay)
            {
                // A timer cannot wait longer than about 49 days (Task.Delay throws), and a yearly
                // schedule is further away than that: wait a day and look at the clock again.
                await Task.Delay(MaxDelay, time, stoppingToken);
                continue;
            }

            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await using var scope = services.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, job.FunctionName, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} scheduled: {Schedule}")]
    private static partial void LogScheduled(ILogger logger, string job, string schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed; it runs again at its next scheduled time")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
