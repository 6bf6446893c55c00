using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Ml;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>estimate --year 2025 [--definition market|buyer|any] [--json]</c>: the innovative share of a year.</summary>
internal static class EstimateCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var year = YearOption();
        var definition = DefinitionOption();
        var json = new Option<bool>("--json") { Description = "Print JSON (camelCase), one object per definition per line." };
        var command = new Command("estimate", "Estimate the innovative share of a year's procurements, by count and by euros, with 95 % confidence intervals, against the 10 % target.")
        {
            year, definition, json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(year), result.GetValue(definition) ?? [.. ShareDefinitions.All], result.GetValue(json), output, error, settings, cancellationToken));
        return command;
    }

    internal static Option<int> YearOption() => new("--year")
    {
        Description = "The year of first publication, e.g. 2025.",
        Required = true,
        Validators =
        {
            r =>
            {
                if (r.Tokens.Count > 0 && (!int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100))
                {
                    r.AddError($"'{r.Tokens[0].Value}' is not a year; use e.g. 2025.");
                }
            },
        },
    };

    internal static Option<ShareDefinition[]> DefinitionOption() => new("--definition")
    {
        Description = "market (new to the market), buyer (new to the buyer) or any (any innovation element). Default: all three, each reported apart.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (ShareDefinitions.TryParse(text, out var definition))
            {
                return [definition];
            }

            result.AddError($"'{text}' is not a definition; use market, buyer or any.");
            return [];
        },
        DefaultValueFactory = _ => [.. ShareDefinitions.All],
    };

    private static async Task<int> RunAsync(int year, ShareDefinition[] definitions, bool json, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var results = await services.GetRequiredService<ShareEstimateService>().EstimateAsync(year, definitions, cancellationToken);
        if (results.FirstOrDefault(r => r.Estimate is null) is { Problem: { } problem })
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var estimates = results.Select(r => r.Estimate!).ToList(); // Every result has an estimate: checked above.
        if (json)
        {
            foreach (var estimate in estimates)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(estimate, CliJson.Options));
            }

            return 0;
        }

        var first = estimates[0];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Innovative share of procurements first published in {year}: {first.Procurements} procurements, classifier {first.ModelVersion}, target {first.Target:0 %} (measured as new to the market)."));
        foreach (var caveat in estimates.SelectMany(e => e.Caveats).Distinct(StringComparer.Ordinal))
        {
            await output.WriteLineAsync("! " + caveat);
        }

        var table = new Table().AddColumns("Definition", "Headline", "Share by count (95 % CI)", "Share by euros (95 % CI)", "Design-based count", "Model-based count", "Self-reported", "Answers flagged / control");
        foreach (var e in estimates)
        {
            table.AddRow(
                e.Definition,
                e.Headline,
                Share(e.CountShare),
                Share(e.EuroShare),
                e.DesignBased?.CountShare is { } design ? Share(design) : "–",
                e.ModelBased is { LabelSource: "survey" } model ? Share(model.CountShare) : "–",
                e.SelfReported is { } self ? self.Count.ToString("0.0 %", CultureInfo.InvariantCulture) : "–",
                e.Design is { } d
                    ? string.Create(CultureInfo.InvariantCulture, $"{d.FlaggedAnswered}/{d.FlaggedInvited} ({d.FlaggedResponseRate:0 %}) · {d.ControlAnswered}/{d.ControlInvited} ({d.ControlResponseRate:0 %})")
                    : "–");
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        await output.WriteLineAsync(first.HeadlineReason);
        await output.WriteLineAsync(first.IntervalMeaning);
        await output.WriteLineAsync(first.MethodDescription);
        return 0;
    }

    internal static string Share(ShareInterval share) => share.HasInterval
        ? string.Create(CultureInfo.InvariantCulture, $"{share.Estimate:0.0 %} ({share.CiLow:0.0 %} – {share.CiHigh:0.0 %})")
        : string.Create(CultureInfo.InvariantCulture, $"{share.Estimate:0.0 %} (no interval)");
}
