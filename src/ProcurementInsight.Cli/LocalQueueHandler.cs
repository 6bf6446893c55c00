namespace ProcurementInsight.Cli;

/// <summary>A queue-triggered function of the local twin.</summary>
/// <param name="FunctionName">The function app's function name.</param>
/// <param name="QueueName">The queue it listens on, by its base name (the local twin adds the storage prefix).</param>
/// <param name="RunAsync">The work for one message (text, dequeue count), the same service call the function makes; throwing leaves the message for a retry.</param>
internal sealed record LocalQueueHandler(string FunctionName, string QueueName, Func<IServiceProvider, string, long, CancellationToken, Task> RunAsync);
