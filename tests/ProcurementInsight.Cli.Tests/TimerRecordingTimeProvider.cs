using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>A <see cref="FakeTimeProvider"/> that reports the due time of every timer created on it, so a test can wait until code under test is waiting.</summary>
internal sealed class TimerRecordingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _dueTimes = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>Due times of the timers created, in order.</summary>
    public ChannelReader<TimeSpan> DueTimes => _dueTimes.Reader;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Writer.TryWrite(dueTime);
        return timer;
    }
}
