using System.CommandLine;
using System.Globalization;
using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Survey.Reports;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>survey dispatch | scan | poison | rates | export</c>: the follow-up survey from the command line.</summary>
internal static class SurveyCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var dispatch = new Command("dispatch", "Send what is due: handle the queued survey triggers of harvested notices (creating one invitation per procedure and buyer), then send due invitations, retries and reminders. Prints counts.");
        dispatch.SetAction((_, cancellationToken) => DispatchAsync(output, settings, cancellationToken));

        var scan = new Command("scan", "Queue every stored notice that triggers the survey (for notices harvested before the survey existed); 'survey dispatch' then invites. Idempotent.");
        scan.SetAction((_, cancellationToken) => ScanAsync(output, settings, cancellationToken));

        var top = new Option<int>("--top") { Description = "How many messages.", DefaultValueFactory = _ => 32 };
        var poison = new Command("poison", "List survey trigger messages set aside after failing, with the reason.") { top };
        poison.SetAction((result, cancellationToken) => PoisonAsync(result.GetValue(top), output, settings, cancellationToken));

        var rates = new Command("rates", "Response rates by month published, sector and CPV division.");
        rates.SetAction((_, cancellationToken) => RatesAsync(output, settings, cancellationToken));

        var outFile = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var export = new Command("export", "Write every survey answer as CSV joined with its notice's fields (no contact e-mails).") { outFile };
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(outFile)!, output, settings, cancellationToken));

        return new Command("survey", "The KEINO follow-up survey of innovative procurements: invitations, reminders, answers.") { dispatch, scan, poison, rates, export };
    }

    private static async Task<int> DispatchAsync(TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
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
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        var planner = services.GetRequiredService<InvitationPlanner>();
        var sink = services.GetRequiredService<ISurveyTriggerSink>();
        int scanned = 0, queued = 0;
        await foreach (var stored in services.GetRequiredService<INoticeStore>().ListAsync(cancellationToken))
        {
            scanned++;
            if (planner.Triggers(stored.Notice))
            {
                await sink.EnqueueAsync(SurveyTrigger.For(stored.Notice), cancellationToken);
                queued++;
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"notices scanned {scanned}, queued for the survey {queued}"));
        return 0;
    }

    private static async Task<int> PoisonAsync(int top, TextWriter output, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
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
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
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
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        int rows;
        await using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            rows = await services.GetRequiredService<SurveyReport>().ExportCsvAsync(writer, cancellationToken);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows} answers written to {file.FullName}"));
        return 0;
    }
}
