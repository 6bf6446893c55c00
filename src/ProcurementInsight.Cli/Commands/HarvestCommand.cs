using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Cli.Failures;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Api;
using ProcurementInsight.Hilma.Harvesting;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>harvest [--from DATE] [--to DATE]</c>: harvests HILMA notices into storage.</summary>
internal static class HarvestCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var from = DateOption("--from", "Start of the range (inclusive, UTC). Default: continue from the checkpoint.");
        var to = DateOption("--to", "End of the range (exclusive, UTC). Default: now.");
        var quiet = new Option<bool>("--quiet") { Description = "No progress display; print only the counts." };
        var command = new Command("harvest", "Harvest HILMA notices into storage: archive raw XML, store normalised records, quarantine what cannot be read. Offline by default: reads the bundled HILMA simulator.")
        {
            from, to, quiet,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(from), result.GetValue(to), result.GetValue(quiet), output, error, settings, cancellationToken));
        return command;
    }

    internal static Option<DateTimeOffset?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                return value;
            }

            result.AddError($"'{text}' is not a date; use e.g. 2025-01-31 or 2025-01-31T12:00:00Z.");
            return null;
        },
    };

    private static async Task<int> RunAsync(DateTimeOffset? from, DateTimeOffset? to, bool quiet, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.BuildConfiguration(settings);
        await using var services = CliHost.BuildServices(configuration);
        await using var simulator = await CliHost.StartSimulatorIfConfiguredAsync(services, cancellationToken);
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var harvester = services.GetRequiredService<NoticeHarvester>();
        var request = new HarvestRequest(from, to);
        try
        {
            HarvestRun run;
            if (quiet || Console.IsOutputRedirected)
            {
                run = await harvester.HarvestAsync(request, null, cancellationToken);
            }
            else
            {
                run = await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Harvesting HILMA notices");
                        var progress = new Progress<HarvestProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.WindowsTotal);
                            task.Value = p.WindowsDone;
                            task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.CurrentWindowStart:yyyy-MM-dd}: {p.Counts.Fetched} fetched, {p.Counts.New} new, {p.Counts.Quarantined} quarantined");
                        });
                        return await harvester.HarvestAsync(request, progress, cancellationToken);
                    });
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Harvest {run.RunId} {run.Status.ToString().ToLowerInvariant()}: {run.From:yyyy-MM-dd HH:mm} – {run.To:yyyy-MM-dd HH:mm} UTC"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"fetched {run.Counts.Fetched}, new {run.Counts.New}, updated {run.Counts.Updated}, unchanged {run.Counts.Unchanged}, quarantined {run.Counts.Quarantined}"));
            return 0;
        }
        catch (HilmaAccessDeniedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.BadConfiguration;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // SIGINT or SIGTERM: the harvester has recorded the run as cancelled; the checkpoint keeps every finished window.
            await error.WriteLineAsync("Harvest stopped before it finished: the run log records it as cancelled, and the next harvest continues from the checkpoint.");
            return ExitCodes.Interrupted;
        }
    }
}
