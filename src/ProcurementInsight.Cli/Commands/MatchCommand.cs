using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>match --need TEXT [--cpv CODE] [--region NUTS] [--top N] [--json]</c>: ranks suppliers for a need.</summary>
internal static class MatchCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var need = new Option<string>("--need") { Description = "What is needed, in Finnish, Swedish or English.", Required = true };
        var cpv = new Option<string?>("--cpv") { Description = "CPV code of the need, e.g. 72000000." };
        var region = new Option<string?>("--region") { Description = "NUTS code of where it is needed, e.g. FI1B1." };
        var top = new Option<int>("--top") { Description = "How many suppliers (1–100).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print JSON (camelCase): matches with businessId, name, score, innovationPotential, evidence." };
        var command = new Command("match", "Rank suppliers for a need by text relevance (BM25, Finnish/Swedish/English stemming), CPV proximity, region and innovation potential, with the evidence for each.")
        {
            need, cpv, region, top, json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(need)!, result.GetValue(cpv), result.GetValue(region), result.GetValue(top), result.GetValue(json), output, error, settings, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string need, string? cpv, string? region, int top, bool json, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (top is < 1 or > NeedService.MaxTop)
        {
            await error.WriteLineAsync($"--top must be from 1 to {NeedService.MaxTop}.");
            return 2;
        }

        if (cpv is not null && !Core.Notices.CpvCode.TryParse(cpv, out _))
        {
            await error.WriteLineAsync($"'{cpv}' is not a CPV code (eight digits, e.g. 72000000).");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var result = await services.GetRequiredService<NeedService>().MatchAsync(need, cpv, region, top, cancellationToken);
        if (result.SuppliersSearched == 0)
        {
            await error.WriteLineAsync("No supplier profiles yet: run 'procurement-insight harvest' and then 'procurement-insight broker build-profiles'.");
            return 1;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result, BrokerJsonOutput.Options));
            return 0;
        }

        var table = new Table().AddColumns("#", "Supplier", "Business ID", "Score", "Potential", "Won", "Why");
        foreach (var match in result.Matches)
        {
            var contract = match.Evidence.Contracts.Count > 0 ? match.Evidence.Contracts[0] : null;
            var why = string.Join("; ", new[]
            {
                match.Evidence.MatchedTerms.Count > 0 ? "terms: " + string.Join(", ", match.Evidence.MatchedTerms.Take(6)) : null,
                contract is null ? null : $"won {contract.Title} ({contract.Buyer}, {contract.AwardedOn})",
                match.Evidence.NameMatchedOnly ? "recognised by name only" : null,
            }.OfType<string>());
            table.AddRow(
                match.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(match.Name) + (match.SmallOrFirstTime ? " [grey](small/first-time)[/]" : string.Empty),
                Markup.Escape(match.BusinessId ?? "-"),
                match.Score.ToString("0.000", CultureInfo.InvariantCulture),
                match.InnovationPotential.ToString("0.0", CultureInfo.InvariantCulture),
                match.ContractsWon.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(why));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Matches.Count} of {result.SuppliersSearched} suppliers; small or first-time suppliers among them: {result.SmallOrFirstTimeShare:P0}."));
        return 0;
    }
}
