using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ProcurementInsight.Hilma;

namespace ProcurementInsight.Cli.Tests;

/// <summary>The local twin's timer jobs: a schedule further away than a timer can wait must not stop <c>serve</c>.</summary>
public sealed class LocalSchedulerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ExecuteAsync_NextRunMonthsAway_WaitsInStepsATimerCanTake()
    {
        // From 1 February, a yearly schedule's next run (1 January) is 334 days away: beyond the ~49.7 days
        // (uint.MaxValue - 1 ms) a single Task.Delay accepts; asking for more throws and stopped the scheduler.
        var time = new TimerRecordingTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HarvestSchedule.SettingName] = "0 0 0 1 1 *" })
            .Build();
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var scheduler = new LocalScheduler(services, configuration, time, NullLogger<LocalScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        var execution = scheduler.ExecuteTask ?? throw new InvalidOperationException("StartAsync did not start ExecuteAsync.");
        var firstWait = time.DueTimes.ReadAsync().AsTask();
        await Task.WhenAny(firstWait, execution).WaitAsync(Deadline);

        Assert.False(execution.IsCompleted, $"The scheduler stopped: {execution.Exception?.GetBaseException().Message}");
        Assert.InRange(await firstWait, TimeSpan.FromSeconds(1), TimeSpan.FromDays(49));
    }
}
