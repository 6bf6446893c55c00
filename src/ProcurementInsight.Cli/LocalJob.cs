namespace ProcurementInsight.Cli;

/// <summary>A timer function of the local twin.</summary>
/// <param name="FunctionName">The function app's function name.</param>
/// <param name="ScheduleSetting">The app setting holding its NCRONTAB schedule.</param>
/// <param name="DefaultSchedule">The schedule when the setting is absent.</param>
/// <param name="RunAsync">The work, the same service call the function makes.</param>
internal sealed record LocalJob(string FunctionName, string ScheduleSetting, string DefaultSchedule, Func<IServiceProvider, CancellationToken, Task> RunAsync);
