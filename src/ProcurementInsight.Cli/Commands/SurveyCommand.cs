using System.CommandLine;
using System.Globalization;
using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Cli.Respondents;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Survey.Reports;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>survey dispatch | scan | poison | rates | export | allocate | simulate-responses</c>: the follow-up survey from the command line.</summary>
internal static class SurveyCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var dispatch = new Command("dispatch", "Send what is due: handle the queued survey triggers of harvested notices (creating one invitation per procedure and buyer), then send due invitations, retries and reminders. Prints counts.");
        dispatch.SetAction((_, cancellationToken) => DispatchAsync(output, settings, cancellationToken));

        var scan = new Command("scan", "Queue every stored contract or award notice for the survey, flagged or not (for notices harvested before the survey or its control sample existed); 'survey dispatch' then draws and invites. Idempotent.");
        scan.SetAction((_, cancellationToken) => ScanAsync(output, settings, cancellationToken));

        var top = new Option<int>("--top") { Description = "How many messages.", DefaultValueFactory = _ => 32 };
        var poison = new Command("poison", "List survey trigger messages set aside after failing, with the reason.") { top };
        poison.SetAction((result, cancellationToken) => PoisonAsync(result.GetValue(top), output, settings, cancellationToken));

        var rates = new Command("rates", "Response rates by month published, sector, CPV division and design phase (flagged / control).");
        rates.SetAction((_, cancellationToken) => RatesAsync(output, settings, cancellationToken));

        var outFile = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var export = new Command("export", "Write every survey answer as CSV joined with its notice's fields (no contact e-mails).") { outFile };
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(outFile)!, output, settings, cancellationToken));

        var year = new Option<int?>("--year") { Description = "The year drawn with the allocation; default the current year." };
        var size = new Option<int?>("--size") { Description = "Control procedures wanted in the year; default Survey:ControlSample:AnnualSize." };
        var allocate = new Command("allocate", "Compute the year's control sample allocation of unflagged procedures from the stored notices (the year before as reference when stored), store it in place of any earlier one, and print its strata.") { year, size };
        allocate.SetAction((result, cancellationToken) => AllocateAsync(result.GetValue(year), result.GetValue(size), output, error, settings, cancellationToken));

        var url = new Option<string>("--url") { Description = "Where 'procurement-insight serve' runs, e.g. http://127.0.0.1:7071/; links to another server are skipped.", Required = true };
        var mailApi = new Option<string?>("--mail-api") { Description = "The MailDev REST API holding the survey e-mails, e.g. http://127.0.0.1:1080/api (default: the PI_MAILDEV_API environment variable, see scripts/maildev.sh env)." };
        var fromStorage = new Option<bool>("--from-storage") { Description = "Read the links from the stored invitations that were sent (read-only) instead of from the e-mails." };
        var parallelism = new Option<int>("--parallelism") { Description = "Respondents answering at once.", DefaultValueFactory = _ => 4 };
        var simulate = new Command("simulate-responses", "Answer the mailed surveys as the simulator's procurement units would, through the survey form of a running serve (never writing to storage directly). Prints links found, opened, answered, declined and failed; exits 1 when an answer was not saved.")
        {
            url, mailApi, fromStorage, parallelism,
        };
        simulate.SetAction((result, cancellationToken) => SimulateResponsesAsync(
            result.GetValue(url)!, result.GetValue(mailApi) ?? Environment.GetEnvironmentVariable("PI_MAILDEV_API"), result.GetValue(fromStorage), result.GetValue(parallelism), output, error, settings, cancellationToken));

        return new Command("survey", "The KEINO follow-up survey of innovative procurements: invitations, reminders, answers.") { dispatch, scan, poison, rates, export, allocate, simulate };
    }

    private static async Task<int> DispatchAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var layout = services.GetRequiredService<StorageLayout>();
        var queue = services.GetRequiredService<QueueServiceClient>().GetQueueClient(layout.SurveyTriggers);
        var counts = DispatchCounts.Zero;
        var handler = LocalTwin.QueueHandlers.Single(h => h.QueueName == StorageLayout.SurveyTriggersQueueName);
        var counting = handler with
        {
            RunAsync = async (scope, message, dequeueCount, ct) =>
            {
                var result = await scope.GetRequiredService<SurveyTriggerHandler>().HandleAsync(message, dequeueCount, ct);
                if (result is not null)
                {
                    lock (handler)
                    {
                        counts = counts.Add(result);
                    }
                }
            },
        };
        var parallelism = services.GetRequiredService<IOptions<SurveyOptions>>().Value.DispatchParallelism;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ProcurementInsight.Cli.Survey");
        var (handled, failed) = await LocalQueuePoller.DrainAsync(services, queue, counting, parallelism, logger, cancellationToken);
        var due = await services.GetRequiredService<SurveyDispatcher>().DispatchDueAsync(cancellationToken);
        var total = counts.Add(due);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"triggers handled {handled}, failed {failed} (retried later; see 'survey poison')"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"invitations created {total.Created}, no contact {total.NoContact}, already invited {total.AlreadyInvited}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"e-mails sent {total.Mails} (one per address), carrying invitations {total.Invited}, reminders {total.Reminded}; failed for now {total.Failed}, bounced {total.Bounced}, opted out {total.OptedOut}"));
        return 0;
    }

    private static async Task<int> ScanAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        // Triggers a killed harvest owed are queued first (and their outbox marks cleared).
        var owed = await services.GetRequiredService<NoticeHarvester>().CompletePendingSurveyTriggersAsync(cancellationToken);
        var planner = services.GetRequiredService<InvitationPlanner>();
        var sink = services.GetRequiredService<ISurveyTriggerSink>();
        int scanned = 0, queued = owed;
        await foreach (var stored in services.GetRequiredService<INoticeStore>().ListAsync(cancellationToken))
        {
            scanned++;
            if (planner.IsSurveyedFormType(stored.Notice))
            {
                await sink.EnqueueAsync(SurveyTrigger.For(stored.Notice), cancellationToken);
                queued++;
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"notices scanned {scanned}, queued for the survey {queued}"));
        return 0;
    }

    private static async Task<int> AllocateAsync(int? year, int? size, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (size is < 0 or > 1_000_000)
        {
            await error.WriteLineAsync("--size must be between 0 (no control sample) and 1000000.");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var drawn = year ?? services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var allocation = await services.GetRequiredService<ControlAllocations>().ReplaceAsync(drawn, size, cancellationToken);
        var table = new Table().AddColumns("Stratum", "N_h", "Rate", "Expected sample");
        foreach (var stratum in allocation.Strata)
        {
            table.AddRow(
                Markup.Escape(stratum.Stratum),
                stratum.Units.ToString(CultureInfo.InvariantCulture),
                stratum.Rate.ToString("0.0000", CultureInfo.InvariantCulture),
                stratum.ExpectedSample.ToString("0.0", CultureInfo.InvariantCulture));
        }

        table.AddRow(
            "[bold]total[/]",
            allocation.Strata.Sum(s => s.Units).ToString(CultureInfo.InvariantCulture),
            string.Empty,
            allocation.ExpectedSize.ToString("0.0", CultureInfo.InvariantCulture));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        console.Write(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"control allocation for {allocation.Year} stored: reference year {allocation.ReferenceYear}, target {allocation.TargetSize}, expected {allocation.ExpectedSize:0.0}, unseen strata at rate {allocation.DefaultRate:0.0000}, population scale {allocation.PopulationScale:0.00}"));
        await output.WriteLineAsync(allocation.Method);
        return 0;
    }

    private static async Task<int> PoisonAsync(int top, TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var messages = await services.GetRequiredService<ISurveyPoisonStore>().PeekAsync(Math.Clamp(top, 1, 32), cancellationToken);
        if (messages.Count == 0)
        {
            await output.WriteLineAsync("No survey trigger messages have been set aside.");
            return 0;
        }

        foreach (var message in messages)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{message.PoisonedAt:yyyy-MM-dd HH:mm:ss}Z after {message.DequeueCount} attempt(s): {message.Reason}\n    message: {message.Message}"));
        }

        return 0;
    }

    private static async Task<int> RatesAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var rates = await services.GetRequiredService<SurveyReport>().RatesAsync(cancellationToken);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"by",-13} {"group",-10} {"invited",8} {"answered",8} {"rate",7} {"no contact",10} {"opted out",9} {"bounced",7}");
        foreach (var rate in rates)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{rate.Dimension,-13} {rate.Group,-10} {rate.Invited,8} {rate.Answered,8} {rate.Rate,7:P1} {rate.NoContact,10} {rate.OptedOut,9} {rate.Bounced,7}");
        }

        await output.WriteAsync(text.ToString());
        return 0;
    }

    private static async Task<int> ExportAsync(FileInfo file, TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        int rows;
        await using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            rows = await services.GetRequiredService<SurveyReport>().ExportCsvAsync(writer, cancellationToken);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows} answers written to {file.FullName}"));
        return 0;
    }

    private static async Task<int> SimulateResponsesAsync(string url, string? mailApi, bool fromStorage, int parallelism, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"'{url}' is not an http address; use e.g. --url http://127.0.0.1:7071/.");
            return 2;
        }

        Uri? api = null;
        if (!fromStorage && (mailApi is null || !Uri.TryCreate(mailApi, UriKind.Absolute, out api)))
        {
            await error.WriteLineAsync(mailApi is null
                ? "Say where the survey e-mails are: --mail-api URL or the PI_MAILDEV_API environment variable (scripts/maildev.sh env), or read the links from storage with --from-storage."
                : $"'{mailApi}' is not an address; use e.g. --mail-api http://127.0.0.1:1080/api.");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings), s =>
        {
            s.AddSingleton(p => SimulatorLauncher.CreateCorpus(p));
            s.AddSingleton(p => p.GetRequiredService<IOptions<SimulatorSettings>>().Value.Survey);
            s.AddHttpClient<SimulatedRespondents>().AddStandardResilienceHandler();
        });
        var respondents = services.GetRequiredService<SimulatedRespondents>();
        var links = api is null
            ? await SurveyLinks.FromStorageAsync(services.GetRequiredService<ISurveyInvitationStore>(), services.GetRequiredService<SurveyMailComposer>(), cancellationToken)
            : await SurveyLinks.FromMailAsync(respondents.Http, api, cancellationToken);
        var counts = await respondents.AnswerAsync(links, server, parallelism, cancellationToken);
        var declined = counts.Declined.Values.Sum();
        var reasons = string.Join(", ", counts.Declined.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value}")));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"survey links found {counts.Found} ({(api is null ? "stored invitations" : "e-mails")}), for another server {counts.Skipped}, opened {counts.Opened}, answered {counts.Answered}, declined {declined}{(declined > 0 ? " (" + reasons + ")" : string.Empty)}, failed {counts.Failed.Count}"));
        foreach (var failure in counts.Failed)
        {
            await error.WriteLineAsync("failed: " + failure);
        }

        return counts.PostsFailed > 0 ? 1 : 0;
    }
}
