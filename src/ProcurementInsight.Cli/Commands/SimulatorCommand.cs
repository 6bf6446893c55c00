using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Hilma;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Hilma.Simulator;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>simulator</c>: runs the bundled HILMA simulator on its own, exports its hidden ground truth and prints its true share.</summary>
internal static class SimulatorCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var run = new Command("run", "Serve the simulated HILMA API at Hilma:BaseAddress until stopped (Ctrl+C).");
        run.SetAction((result, cancellationToken) => RunAsync(output, settings, cancellationToken));

        var outFile = new Option<FileInfo>("--out") { Description = "The JSON-lines file to write.", Required = true };
        var truth = new Command("ground-truth", "Write the corpus's hidden ground truth (never served by the API) for checking estimates.")
        {
            outFile,
        };
        truth.SetAction((result, cancellationToken) => WriteTruthAsync(result.GetValue(outFile)!, output, settings, cancellationToken));

        var year = EstimateCommand.YearOption();
        var definition = EstimateCommand.DefinitionOption();
        var json = new Option<bool>("--json") { Description = "Print JSON (camelCase), one object per definition per line." };
        var share = new Command("truth", "Print the configured corpus's hidden innovative share of a year, by count and by euros, over the same procurements the estimate counts.")
        {
            year, definition, json,
        };
        share.SetAction((result, cancellationToken) => PrintShareAsync(result.GetValue(year), result.GetValue(definition) ?? [.. ShareDefinitions.All], result.GetValue(json), output, error, settings, cancellationToken));
        return new Command("simulator", "The bundled offline HILMA simulator.") { run, truth, share };
    }

    private static async Task<int> RunAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.BuildConfiguration(settings);
        await using var services = CliHost.BuildServices(configuration);
        var hilma = services.GetRequiredService<IOptions<HilmaOptions>>().Value;
        var simulator = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        await using var server = await SimulatorLauncher.StartAsync(simulator, services.GetRequiredService<IOptions<FaultOptions>>().Value, hilma.BaseAddress, hilma.SubscriptionKey, cancellationToken);
        await output.WriteLineAsync($"Simulated HILMA API on {server.BaseAddress} (seed {simulator.Seed}); Ctrl+C stops it.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: a normal stop.
        }

        return 0;
    }

    private static async Task<int> WriteTruthAsync(FileInfo file, TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.BuildConfiguration(settings);
        await using var services = CliHost.BuildServices(configuration);
        var corpus = SimulatorLauncher.CreateCorpus(services);
        await using (var stream = file.Create())
        {
            await corpus.WriteGroundTruthAsync(stream, cancellationToken);
        }

        await output.WriteLineAsync($"Ground truth written to {file.FullName}.");
        return 0;
    }

    private static async Task<int> PrintShareAsync(int year, ShareDefinition[] definitions, bool json, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.BuildConfiguration(settings);
        await using var services = CliHost.BuildServices(configuration);
        var simulator = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        var corpus = SimulatorLauncher.CreateCorpus(services);
        var parser = new EFormsNoticeParser();
        var units = ProcurementUnits.From(corpus.HarvestedNotices(xml => parser.Parse(xml).Notice));
        var shares = definitions.Select(d => SimulatedTrueShare.Of(corpus, units, year, d)).ToList();
        if (shares.Any(s => s is null))
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The simulated corpus ({corpus.Options.From:yyyy-MM-dd} – {corpus.Options.To:yyyy-MM-dd}, seed {simulator.Seed}) has no procurements first published in {year}; set Simulator:From and Simulator:To to cover it."));
            return 1;
        }

        foreach (var share in shares)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = share!; // None is null: checked above.
            await output.WriteLineAsync(json
                ? JsonSerializer.Serialize(s, CliJson.Options)
                : string.Create(CultureInfo.InvariantCulture,
                    $"True share {s.Definition} {year}: by count {s.CountShare:0.0 %} ({s.Innovative} of {s.Procurements} procurements), by euros {s.EuroShare:0.0 %} ({s.InnovativeEuros / 1_000_000m:0.0} of {s.Euros / 1_000_000m:0.0} M€)"));
        }

        if (!json)
        {
            var first = shares[0]!; // None is null: checked above.
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The simulator's hidden truth (seed {simulator.Seed}, never served by the API); euros are each procurement's awarded total, else its estimated value; {first.WithoutValue} procurements without either are weighted by the year's median, {first.MedianEuros:N0} €."));
        }

        return 0;
    }
}
