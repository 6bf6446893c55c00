using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Broker.Web;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary>
/// <c>match --need TEXT [--cpv CODE] [--region NUTS] [--language fi|sv|en] [--top N] [--json]</c>: ranks suppliers for a
/// need, after saying how it was read. Exits 0 with matches, 1 without supplier profiles, 2 on bad options and
/// <see cref="NoMatchExitCode"/> when no supplier matched (the advice says why and what to try).
/// </summary>
internal static class MatchCommand
{
    /// <summary>Exit code when no supplier matched the need.</summary>
    public const int NoMatchExitCode = 3;

    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var need = new Option<string>("--need") { Description = "What is needed, in Finnish, Swedish or English.", Required = true };
        var cpv = new Option<string?>("--cpv") { Description = "CPV code of the need, e.g. 72000000." };
        var region = new Option<string?>("--region") { Description = "NUTS code of where it is needed, e.g. FI1B1." };
        var top = new Option<int>("--top") { Description = "How many suppliers (1–100).", DefaultValueFactory = _ => 10 };
        var language = new Option<string?>("--language") { Description = "The need's language: fi, sv or en (detected from the text when not given)." };
        var json = new Option<bool>("--json") { Description = "Print JSON (camelCase): matches with businessId, name, score, innovationPotential, evidence; potentialSuppliers apart." };
        var command = new Command("match", "Rank suppliers for a need by text relevance (BM25, Finnish/Swedish/English stemming), CPV proximity, region and innovation potential, with the evidence for each.")
        {
            need, cpv, region, language, top, json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(new Request(result.GetValue(need)!, result.GetValue(cpv), result.GetValue(region), result.GetValue(language), result.GetValue(top), result.GetValue(json)), output, error, settings, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var (need, cpv, region, language, top, json) = request;
        if (language is not null && Broker.Matching.MatchQuery.IsLanguage(language) is false)
        {
            await error.WriteLineAsync($"--language must be fi, sv or en, not '{language}'.");
            return 2;
        }

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
        var result = await services.GetRequiredService<NeedService>().MatchAsync(need, cpv, region, top, cancellationToken, language: language);
        if (result.SuppliersSearched == 0)
        {
            await error.WriteLineAsync("No supplier profiles yet: run 'procurement-insight harvest' and then 'procurement-insight broker build-profiles'.");
            return 1;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result, BrokerJsonOutput.Options));
            return result.Matches.Count == 0 ? NoMatchExitCode : 0;
        }

        await WriteReadingAsync(output, result, language);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        if (result.Matches.Count == 0)
        {
            // No established supplier: the newcomers who might answer are still worth showing.
            await output.WriteLineAsync();
            WritePotential(console, output, result.PotentialSuppliers);
            return NoMatchExitCode;
        }

        var table = new Table { Title = new TableTitle(FieldText.En.EstablishedHeading) }.AddColumns("#", "Supplier", "Business ID", "Score", "Potential", "Won", "Why");
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

        console.Write(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Matches.Count} of {result.SuppliersSearched} suppliers; small or first-time suppliers among them: {result.SmallOrFirstTimeShare:P0}."));
        await output.WriteLineAsync();
        WritePotential(console, output, result.PotentialSuppliers);
        return 0;
    }

    /// <summary>The potential supplier field as its own table, apart from the established suppliers.</summary>
    private static void WritePotential(IAnsiConsole console, TextWriter output, PotentialSuppliers? field)
    {
        if (field is null || field.Suppliers.Count == 0)
        {
            output.WriteLine(FieldText.En.Heading + ": " + (field?.Note?.GetValueOrDefault("en") ?? FieldText.En.NoField));
            return;
        }

        var table = new Table { Title = new TableTitle(FieldText.En.Heading) }.AddColumns("#", "Company", "Business ID", "Line of business", "Town", "Registered", "Score", "Why");
        foreach (var supplier in field.Suppliers)
        {
            table.AddRow(
                supplier.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(supplier.Name),
                Markup.Escape(supplier.BusinessId),
                Markup.Escape(supplier.LineCode + (supplier.LineName is null ? string.Empty : " " + supplier.LineName)),
                Markup.Escape(supplier.City ?? "-"),
                supplier.RegisteredYear?.ToString(CultureInfo.InvariantCulture) ?? "-",
                supplier.Score.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape(supplier.Evidence.Because.GetValueOrDefault("en") is { Count: > 0 } because ? because[0] : string.Empty));
        }

        console.Write(table);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field.Suppliers.Count} of {field.CompaniesConsidered} register companies of fitting lines of business for CPV {string.Join(", ", field.CpvCodes)}."));
    }

    /// <summary>"We read your need as …" and, when nothing matched through its words, why and what to try.</summary>
    private static async Task WriteReadingAsync(TextWriter output, Broker.Matching.MatchResult result, string? language)
    {
        if (result.Interpretation is { } reading)
        {
            var readings = string.Join("; ", reading.CpvReadings.Take(3).Select(r => r.Code + " " + r.Label));
            await output.WriteLineAsync($"Read as ({reading.Language}{(reading.LanguageDetected ? ", detected" : string.Empty)}): {(readings.Length == 0 ? "no CPV code" : readings)}; words {string.Join(", ", reading.Terms)}"
                + (reading.UnknownTerms.Count > 0 ? $"; unknown {string.Join(", ", reading.UnknownTerms)}" : string.Empty)
                + (reading.InnovationCues.Count > 0 ? $"; worded for innovation ({string.Join(", ", reading.InnovationCues)}): innovation potential weighs {reading.InnovationWeight.ToString(CultureInfo.InvariantCulture)}" : string.Empty));
        }

        if (result.Matches.Count == 0)
        {
            await output.WriteLineAsync("No supplier matched.");
        }

        if (result.Advice is { } advice)
        {
            await output.WriteLineAsync(advice.Why.In(language ?? result.Interpretation?.Language) + " " + advice.Try.In(language ?? result.Interpretation?.Language));
        }
    }

    private sealed record Request(string Need, string? Cpv, string? Region, string? Language, int Top, bool Json);
}
