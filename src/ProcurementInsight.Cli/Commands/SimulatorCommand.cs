using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementInsight.Hilma;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>simulator</c>: runs the bundled HILMA simulator on its own, and exports its hidden ground truth.</summary>
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
        return new Command("simulator", "The bundled offline HILMA simulator.") { run, truth };
    }

    private static async Task<int> RunAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var configuration = CliHost.BuildConfiguration(settings);
        await using var services = CliHost.BuildServices(configuration);
        var hilma = services.GetRequiredService<IOptions<HilmaOptions>>().Value;
        var simulator = services.GetRequiredService<IOptions<SimulatorSettings>>().Value;
        await using var server = await SimulatorLauncher.StartAsync(simulator, hilma.BaseAddress, hilma.SubscriptionKey, cancellationToken);
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
        var corpus = SimulatorLauncher.CreateCorpus(services.GetRequiredService<IOptions<SimulatorSettings>>().Value);
        await using (var stream = file.Create())
        {
            await corpus.WriteGroundTruthAsync(stream, cancellationToken);
        }

        await output.WriteLineAsync($"Ground truth written to {file.FullName}.");
        return 0;
    }
}
