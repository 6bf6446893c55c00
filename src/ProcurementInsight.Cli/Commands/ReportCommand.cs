using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Ml;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>report --year 2025 --out DIR</c>: the analysts' HTML report with its charts.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var year = EstimateCommand.YearOption();
        var definition = EstimateCommand.DefinitionOption();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write index.html and the charts (PNG and SVG) into.", Required = true };
        var command = new Command("report", "Write an HTML report of a year's innovative share: headline shares, the share over time with its interval band against the 10 % target, by sector and CPV division.")
        {
            year, definition, outDir,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(year), result.GetValue(definition) ?? [.. ShareDefinitions.All], result.GetValue(outDir)!, output, error, settings, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int year, ShareDefinition[] definitions, DirectoryInfo outDir, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var results = await services.GetRequiredService<ShareEstimateService>().EstimateAsync(year, definitions, cancellationToken);
        if (results.FirstOrDefault(r => r.Estimate is null) is { Problem: { } problem })
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var snapshots = services.GetRequiredService<IEstimateSnapshotStore>();
        var series = new Dictionary<string, IReadOnlyList<EstimateSnapshot>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            series[ShareDefinitions.Name(definition)] = await snapshots.ListAsync(year, definition, cancellationToken);
        }

        var path = await services.GetRequiredService<EstimateReport>().WriteAsync(outDir.FullName, [.. results.Select(r => r.Estimate!)], series, cancellationToken); // Every result has an estimate: checked above.
        await output.WriteLineAsync($"Report written to {path}");
        return 0;
    }
}
