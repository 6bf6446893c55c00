using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Harvesting;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>quarantine list</c> and <c>quarantine replay</c>: the notices a harvest could not read.</summary>
internal static class QuarantineCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var list = new Command("list", "List quarantined notices: key, when, why, and where the raw payload is archived.");
        list.SetAction((_, cancellationToken) => ListAsync(output, settings, cancellationToken));

        var keys = new Option<string[]>("--key") { Description = "Replay only these notices (repeatable); all by default.", AllowMultipleArgumentsPerToken = true };
        var replay = new Command("replay", "Read quarantined notices from HILMA again (e.g. after a parser fix) and store those that can be read now; they leave the quarantine.") { keys };
        replay.SetAction((result, cancellationToken) => ReplayAsync(result.GetValue(keys) ?? [], output, error, settings, cancellationToken));

        return new Command("quarantine", "Notices a harvest could not read, kept with their reason and raw payload.") { list, replay };
    }

    private static async Task<int> ListAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var table = new Table().AddColumns("Notice", "Quarantined", "Reason", "Raw payload");
        var count = 0;
        await foreach (var entry in services.GetRequiredService<IQuarantine>().ListAsync(cancellationToken))
        {
            count++;
            table.AddRow(
                Markup.Escape(entry.Key),
                entry.QuarantinedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(entry.Reason),
                Markup.Escape(entry.RawLocation ?? "-"));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} quarantined"));
        return 0;
    }

    private static async Task<int> ReplayAsync(string[] keys, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await using var simulator = await CliHost.StartSimulatorIfConfiguredAsync(services, cancellationToken);
        await CliHost.InitializeStorageAsync(services, cancellationToken);

        var replay = await services.GetRequiredService<NoticeHarvester>().ReplayQuarantinedAsync(keys, cancellationToken);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"released {replay.Released.Count}, still quarantined {replay.StillQuarantined.Count}, skipped {replay.Skipped.Count}"));
        if (replay.Skipped.Count > 0)
        {
            await error.WriteLineAsync("Skipped notices (pre-2023 or unknown keys) need their window harvested again: procurement-insight harvest --from DATE --to DATE. " + string.Join(' ', replay.Skipped));
        }

        return 0;
    }
}
