using Azure;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using Spectre.Console;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>notice parse FILE...</c>: prints one JSON object per file, in order.</summary>
internal static class NoticeCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "eForms XML notice files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var parse = new Command("parse", "Parse eForms notices and print one JSON object per line (camelCase). A bare XML file has no HILMA statistics, so 'innovative' comes from BT-06 inn-pur and BT-776 codes alone.")
        {
            files,
        };
        parse.SetAction((result, cancellationToken) => ParseAsync(result.GetValue(files) ?? [], output, error, cancellationToken));

        var id = new Argument<string>("id") { Description = "A HILMA notice id: EF-48640, OLD-52994 or 48640." };
        var show = new Command("show", "Print one harvested notice from storage as JSON.") { id };
        show.SetAction((result, cancellationToken) => ShowAsync(result.GetValue(id)!, output, error, settings, cancellationToken));

        var top = new Option<int>("--top") { Description = "How many notices.", DefaultValueFactory = _ => 10 };
        var innovative = new Option<bool>("--innovative") { Description = "Only notices whose innovation profile says innovative (new to market or buyer, or an eForms innovation code)." };
        var list = new Command("list", "List harvested notices from storage: id, subtype, date, innovation, title.") { top, innovative };
        list.SetAction((result, cancellationToken) => ListAsync(result.GetValue(top), result.GetValue(innovative), output, error, settings, cancellationToken));
        return new Command("notice", "Parse notice files, or read harvested notices.") { parse, show, list };
    }

    private static async Task<int> ShowAsync(string id, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await StorageReachability.CheckAsync(services, cancellationToken);
        var result = await services.GetRequiredService<NoticeLookup>().FindAsync(id, cancellationToken);
        if (result.Notice is null)
        {
            await error.WriteLineAsync($"{result.Title}: {result.Detail}");
            return 1;
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(result.Notice, CliJson.Indented));
        return 0;
    }

    private static async Task<int> ListAsync(int top, bool innovativeOnly, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await StorageReachability.CheckAsync(services, cancellationToken);
        Table table;
        try
        {
            table = await BuildTableAsync(services.GetRequiredService<INoticeStore>(), top, innovativeOnly, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await error.WriteLineAsync("Nothing has been harvested into this storage yet: run 'procurement-insight harvest' first.");
            return 1;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });

        // Piped output has no terminal width; 80 columns would wrap every title.
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        console.Write(table);
        return 0;
    }

    private static async Task<Table> BuildTableAsync(INoticeStore store, int top, bool innovativeOnly, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("Notice", "Subtype", "Published", "Innovation", "Buyer", "Title");
        var count = 0;
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            var notice = stored.Notice;
            var innovation = notice.Innovation;
            if (innovativeOnly && !innovation.Innovative)
            {
                continue;
            }

            if (count++ == top)
            {
                break;
            }

            var flags = string.Join(' ', new[] { innovation.NewToMarket ? "market" : null, innovation.NewToBuyer ? "buyer" : null, innovation.Considered ? "considered" : null }.OfType<string>());
            table.AddRow(
                Markup.Escape(notice.Key),
                Markup.Escape(notice.Subtype ?? "?"),
                (notice.PublicationDate ?? notice.IssueDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?",
                flags.Length == 0 ? "-" : flags,
                Markup.Escape(Shorten(notice.Buyers.Count > 0 ? notice.Buyers[0].Name : null, 30)),
                Markup.Escape(Shorten(notice.Title.Best([.. notice.Languages]), 50)));
        }

        return table;
    }

    private static string Shorten(string? text, int length) =>
        text is null ? string.Empty : text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    internal static async Task<int> ParseAsync(IReadOnlyList<FileInfo> files, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parser = new EFormsNoticeParser();
        var failed = false;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{file.FullName}: cannot read the file: {PrintableText.Of(ex.Message)}");
                failed = true;
                continue;
            }

            var parsed = parser.Parse(bytes);
            if (!parsed.IsSuccess)
            {
                // Parser messages quote the input: its control characters (ESC…) must not reach the terminal.
                await error.WriteLineAsync($"{file.FullName}: {PrintableText.Of(parsed.Error)}");
                failed = true;
                continue;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(NoticeDocument.From(parsed.Notice, includeEmails: true), CliJson.Options));
        }

        return failed ? 1 : 0;
    }
}
