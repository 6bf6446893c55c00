using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Ml.OrganisationProfiles;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>organisation show BUSINESSID [--json]</c> and <c>organisation list [--sector S] [--json]</c>: buyer organisations' innovation profiles.</summary>
internal static class OrganisationCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var id = new Argument<string>("businessId") { Description = "The organisation's business id, e.g. 0201256-6." };
        var showJson = new Option<bool>("--json") { Description = "Print the profile as JSON (camelCase)." };
        var show = new Command("show", "One buyer organisation's innovation profile: procurements by quarter, innovation signals by source, survey answers, its share raw and estimated (its departure from the classifier shrunk), and its peers' median and spread.") { id, showJson };
        show.SetAction((result, cancellationToken) => ShowAsync(result.GetValue(id)!, result.GetValue(showJson), output, error, settings, cancellationToken));

        var sector = new Option<string?>("--sector") { Description = "state, municipal, other or unknown; default every sector." };
        var listJson = new Option<bool>("--json") { Description = "Print the list as JSON (camelCase)." };
        var list = new Command("list", "Buyer organisations by procurements, then name, with the estimated new-to-the-market share; ranked by share only where its 95 % interval is narrower than 20 points.") { sector, listJson };
        list.SetAction((result, cancellationToken) => ListAsync(result.GetValue(sector), result.GetValue(listJson), output, error, settings, cancellationToken));
        return new Command("organisation", "Buyer organisations' innovation profiles.") { show, list };
    }

    private static async Task<int> ShowAsync(string businessId, bool json, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var (profile, problem) = await services.GetRequiredService<OrganisationQuery>().FindAsync(businessId, cancellationToken);
        if (profile is null)
        {
            await error.WriteLineAsync($"{problem!.Title}: {problem.Detail}"); // FindAsync gives a problem when it finds no profile.
            return 1;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(profile, OrganisationQuery.JsonOptions));
            return 0;
        }

        var console = Console(output);
        console.WriteLine($"{profile.Name} ({profile.BusinessId}): {profile.Sector}, {profile.SizeBand} ({profile.ProcurementsPerYear.ToString("0.#", CultureInfo.InvariantCulture)} procurements a year), peer group {profile.Peers.Key} of {profile.Peers.Organisations}");
        console.WriteLine("Names in the notices: " + string.Join(", ", profile.Units));
        var shares = new Table().AddColumns("Definition", "Source", "Procurements", "Survey answers", "Raw", "Estimated (95 %)", "Estimated euros (95 %)");
        foreach (var share in profile.Shares)
        {
            shares.AddRow(share.Definition, share.Source, N(share.Procurements), N(share.SurveyAnswers), share.Raw is { } raw ? Pct(raw.Estimate) : "–", Interval(share.Shrunk), Interval(share.ShrunkEuros));
        }

        console.Write(shares);
        var peers = new Table().AddColumns("Measure", "Own", "Peer median", "Peer IQR");
        foreach (var figure in profile.Peers.Figures)
        {
            var share = figure.Measure.StartsWith("share", StringComparison.Ordinal);
            string F(double v) => share ? Pct(v) : v.ToString("#,0", CultureInfo.InvariantCulture);
            peers.AddRow(figure.Measure, F(figure.Value), F(figure.Median), $"{F(figure.LowerQuartile)}–{F(figure.UpperQuartile)}");
        }

        console.Write(peers);
        var periods = new Table().AddColumns("Quarter", "Procurements", "Euros", "Without value");
        foreach (var period in profile.Periods)
        {
            periods.AddRow($"{period.Year.ToString(CultureInfo.InvariantCulture)}-Q{period.Quarter.ToString(CultureInfo.InvariantCulture)}", N(period.Procurements), ((double)period.Euros).ToString("#,0", CultureInfo.InvariantCulture), N(period.WithoutValue));
        }

        console.Write(periods);
        var signals = new Table().AddColumns("Source", "Signal", "Procurements");
        foreach (var signal in profile.Signals)
        {
            signals.AddRow(signal.Source, signal.Signal, N(signal.Procurements));
        }

        console.Write(signals);
        var survey = profile.Survey;
        var rates = new Table().AddColumns("Phase", "Invited", "Answered", "Response rate");
        rates.AddRow("flagged", N(survey.FlaggedInvited), N(survey.FlaggedAnswered), Rate(survey.FlaggedResponseRate));
        rates.AddRow("control", N(survey.ControlInvited), N(survey.ControlAnswered), Rate(survey.ControlResponseRate));
        rates.AddRow("all", N(survey.Invited), N(survey.Answered), Rate(survey.ResponseRate));
        console.Write(rates);
        var dimensions = new Table().AddColumns("Question", "Option", $"Own ({N(profile.Dimensions.Answers)} answers)", $"Peers ({N(profile.PeerDimensions.Answers)} answers)");
        foreach (var (question, options) in SurveyDimensions.Questions)
        {
            foreach (var option in options)
            {
                dimensions.AddRow(question, option, Dimension(profile.Dimensions, question, option), Dimension(profile.PeerDimensions, question, option));
            }
        }

        console.Write(dimensions);
        console.WriteLine(profile.Method);
        return 0;
    }

    private static async Task<int> ListAsync(string? sectorText, bool json, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        Sector? sector = null;
        if (sectorText is not null)
        {
            if (!OrganisationQuery.TryParseSector(sectorText, out var parsed))
            {
                await error.WriteLineAsync($"'{sectorText}' is not a sector; use state, municipal, other or unknown.");
                return 1;
            }

            sector = parsed;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var entries = await services.GetRequiredService<OrganisationQuery>().ListEntriesAsync(sector, cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(entries, OrganisationQuery.JsonOptions));
            return 0;
        }

        var table = new Table().AddColumns("Business id", "Name", "Sector", "Size", "Procurements", "Euros", "Market share, shrunk (95 %)", "Rank");
        foreach (var entry in entries)
        {
            table.AddRow(entry.BusinessId, Markup.Escape(entry.Name), entry.Sector.ToString(), entry.SizeBand, N(entry.Procurements), ((double)entry.Euros).ToString("#,0", CultureInfo.InvariantCulture), Interval(entry.MarketShare), entry.ShareRank?.ToString(CultureInfo.InvariantCulture) ?? "–");
        }

        var console = Console(output);
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries.Count} organisations, by procurements then name; ranked by share only where its 95 % interval is narrower than {OrganisationProfileBuilder.RankableWidth * 100:0} points."));
        return 0;
    }

    private static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        return console;
    }

    private static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Pct(double share) => share.ToString("0.0 %", CultureInfo.InvariantCulture);

    private static string Rate(double? rate) => rate is { } r ? Pct(r) : "–";

    private static string Interval(ShareFigure figure) => $"{Pct(figure.Estimate)} ({Pct(figure.Low)}–{Pct(figure.High)})";

    private static string Dimension(DimensionSummary summary, string question, string option) =>
        !summary.BrokenDown ? SurveyDimensions.TooFewNote
        : summary.Counts.FirstOrDefault(c => c.Question == question && c.Option == option) is { } count ? $"{N(count.Answers)} ({Pct(count.Share)})" : "–";
}
