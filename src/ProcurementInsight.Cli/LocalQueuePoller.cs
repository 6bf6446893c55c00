using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Storage;

namespace ProcurementInsight.Cli;

/// <summary>
/// Runs the local twin's queue handlers as the Functions queue trigger does: receives messages in
/// batches, hides each for the visibility timeout while it is handled, deletes it when handled, and
/// leaves it to come back (with a higher dequeue count) when the handler throws.
/// </summary>
internal sealed partial class LocalQueuePoller(IServiceProvider services, QueueServiceClient queues, StorageLayout layout, TimeProvider time, ILogger<LocalQueuePoller> logger) : BackgroundService
{
    /// <summary>The visibility timeout and batch size of host.json.</summary>
    public static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);

    public const int BatchSize = 16;

    private static readonly TimeSpan IdleDelay = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(LocalTwin.QueueHandlers.Select(handler => PollAsync(handler, stoppingToken)));

    /// <summary>
    /// Handles what is in the queue now, batch after batch, until a receive finds nothing visible;
    /// returns the messages handled and the messages left for a retry.
    /// </summary>
    public static async Task<(int Handled, int Failed)> DrainAsync(IServiceProvider services, QueueClient queue, LocalQueueHandler handler, int parallelism, ILogger logger, CancellationToken cancellationToken)
    {
        var handled = 0;
        var failed = 0;
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, VisibilityTimeout, cancellationToken)).Value;
            if (batch.Length == 0)
            {
                return (handled, failed);
            }

            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (message, ct) =>
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    await handler.RunAsync(scope.ServiceProvider, message.MessageText, message.DequeueCount, ct);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                    Interlocked.Increment(ref handled);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    LogFailed(logger, handler.FunctionName, message.DequeueCount, ex);
                }
            });
        }
    }

    private async Task PollAsync(LocalQueueHandler handler, CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(layout.QueueName(handler.QueueName));
        LogListening(logger, handler.FunctionName, queue.Name);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (handled, failed) = await DrainAsync(services, queue, handler, BatchSize, logger, stoppingToken);
                if (handled + failed == 0)
                {
                    await Task.Delay(IdleDelay, time, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogUnavailable(logger, handler.FunctionName, ex);
                await Task.Delay(IdleDelay * 5, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue handler {Function} listening on {Queue}")]
    private static partial void LogListening(ILogger logger, string function, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue handler {Function} failed a message (dequeue {DequeueCount}); it comes back after the visibility timeout")]
    private static partial void LogFailed(ILogger logger, string function, long dequeueCount, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue handler {Function} could not read its queue; trying again shortly")]
    private static partial void LogUnavailable(ILogger logger, string function, Exception exception);
}
