using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;
using ProcurementInsight.Hilma.Api;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>
/// Harvests HILMA notices window by window: lists each window, reads the notices, archives every raw
/// payload, parses it, attaches HILMA's statistics answers, and stores the normalised record. A notice
/// that cannot be read is quarantined and the run goes on. The checkpoint moves only past windows that
/// are stored completely, so a run killed at any point and started again loses nothing, and because
/// every write is idempotent it duplicates nothing.
/// </summary>
public sealed partial class NoticeHarvester(
    HilmaNoticeFeed feed,
    EFormsNoticeParser parser,
    INoticeStore store,
    IRawNoticeArchive archive,
    IQuarantine quarantine,
    IHarvestCheckpointStore checkpoints,
    IHarvestRunLog runLog,
    TimeProvider time,
    IOptions<HilmaOptions> options,
    ILogger<NoticeHarvester> logger,
    ISurveyTriggerSink? surveyTriggers = null,
    ISurveyTriggerOutbox? surveyOutbox = null)
{
    /// <summary>The keys in quarantine when this run started; those read successfully now are released.</summary>
    private HashSet<string> _quarantinedKeys = new(StringComparer.Ordinal);

    /// <summary>How long a mark of a notice that was never stored is kept before it is dropped.</summary>
    private static readonly TimeSpan UnsavedMarkLifetime = TimeSpan.FromDays(1);

    /// <summary>The checkpoint stream of the eForms notice index.</summary>
    public const string Stream = "hilma-eformnotices";

    /// <summary>The activity source of harvest runs.</summary>
    public static readonly ActivitySource ActivitySource = new("ProcurementInsight.Hilma");

    /// <summary>Runs one harvest and records it in the run log. Failures are recorded, then rethrown.</summary>
    public async Task<HarvestRun> HarvestAsync(HarvestRequest request, IProgress<HarvestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var checkpoint = await checkpoints.GetAsync(Stream, cancellationToken);
        var from = request.From ?? (checkpoint is null ? settings.InitialFrom : checkpoint.CompletedUntil - settings.Overlap);
        var to = request.To ?? now;
        if (to <= from)
        {
            throw new ArgumentException($"The harvest range is empty: from {from:O} to {to:O}.", nameof(request));
        }

        using var activity = ActivitySource.StartActivity("harvest");
        using var measurement = RunMetrics.Start(RunMetrics.HarvestJob, time);
        activity?.SetTag("harvest.from", from.ToString("O", CultureInfo.InvariantCulture));
        activity?.SetTag("harvest.to", to.ToString("O", CultureInfo.InvariantCulture));

        var run = new HarvestRun(
            RunId: now.ToString("yyyyMMdd'T'HHmmss'Z'-", CultureInfo.InvariantCulture) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            StartedAt: now,
            From: from,
            To: to,
            Status: HarvestRunStatus.Running,
            Counts: HarvestCounts.Zero,
            FinishedAt: null,
            Error: null);
        await MarkAbandonedRunsAsync(run.RunId, cancellationToken);
        await runLog.RecordAsync(run, cancellationToken);
        Log.RunStarted(logger, run.RunId, from, to);

        var windows = HarvestWindow.Cover(from, to, settings.WindowSize);
        var counts = HarvestCounts.Zero;
        var completedUntil = checkpoint?.CompletedUntil;
        try
        {
            await CompletePendingSurveyTriggersAsync(cancellationToken);
            _quarantinedKeys = await QuarantinedKeysAsync(cancellationToken);
            for (var i = 0; i < windows.Count; i++)
            {
                var window = windows[i];
                var done = i;
                var before = counts;
                counts = counts.Add(await HarvestWindowAsync(window, c => progress?.Report(new HarvestProgress(done, windows.Count, window.Start, before.Add(c))), cancellationToken));

                // Contiguous progress only: an explicit re-harvest of a later range must not skip a gap.
                if (completedUntil is null || window.Start <= completedUntil)
                {
                    completedUntil = completedUntil is { } c && c > window.End ? c : window.End;
                    await checkpoints.SaveAsync(new HarvestCheckpoint(Stream, completedUntil.Value, time.GetUtcNow()), cancellationToken);
                }

                run = run with { Counts = counts };
                await runLog.RecordAsync(run, cancellationToken);
                progress?.Report(new HarvestProgress(i + 1, windows.Count, window.End, counts));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            measurement.Cancel();
            await RecordEndAsync(run with { Counts = counts }, HarvestRunStatus.Cancelled, "Cancelled.");
            throw;
        }
        catch (Exception ex)
        {
            await RecordEndAsync(run with { Counts = counts }, HarvestRunStatus.Failed, ex.Message);
            throw;
        }

        run = run with { Counts = counts, Status = HarvestRunStatus.Completed, FinishedAt = time.GetUtcNow() };
        measurement.Count("notice.fetched", counts.Fetched);
        measurement.Count("notice.new", counts.New);
        measurement.Count("notice.updated", counts.Updated);
        measurement.Count("notice.unchanged", counts.Unchanged);
        measurement.Count("notice.quarantined", counts.Quarantined);
        measurement.Succeed();
        await runLog.RecordAsync(run, cancellationToken);
        Log.RunCompleted(logger, run.RunId, counts.Fetched, counts.New, counts.Updated, counts.Unchanged, counts.Quarantined);
        return run;
    }

    /// <summary>
    /// Runs the log still shows as running were killed before they could record their end (a run records
    /// its end however it stops, even when cancelled): they are marked abandoned, so "Running" means running.
    /// </summary>
    private async Task MarkAbandonedRunsAsync(string newRunId, CancellationToken cancellationToken)
    {
        foreach (var stale in (await runLog.RecentAsync(50, cancellationToken)).Where(r => r.Status == HarvestRunStatus.Running))
        {
            var error = $"Abandoned: still recorded as running when run {newRunId} started; it was stopped before it could record its end.";
            await runLog.RecordAsync(stale with { Status = HarvestRunStatus.Abandoned, FinishedAt = time.GetUtcNow(), Error = error }, cancellationToken);
            Log.RunEnded(logger, stale.RunId, HarvestRunStatus.Abandoned, error);
        }
    }

    private async Task RecordEndAsync(HarvestRun run, HarvestRunStatus status, string error)
    {
        Log.RunEnded(logger, run.RunId, status, error);

        // The run's own token may be cancelled; the record of how it ended must still be written.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await runLog.RecordAsync(run with { Status = status, FinishedAt = time.GetUtcNow(), Error = error }, timeout.Token);
        }
        catch (Exception ex)
        {
            // Whatever stops the record (storage down, timeout) must not hide the run's own error.
            Log.RunLogUnavailable(logger, run.RunId, ex.Message);
        }
    }

    private async Task<HarvestCounts> HarvestWindowAsync(HarvestWindow window, Action<HarvestCounts> report, CancellationToken cancellationToken)
    {
        var documents = await feed.SearchWindowAsync(window, cancellationToken);
        var tally = new Tally();
        var eforms = documents.Where(d => d.Kind == HilmaDocumentKind.EForms).ToList();
        foreach (var batch in eforms.Chunk(options.Value.ReadBatchSize))
        {
            var read = await feed.ReadEFormsAsync([.. batch.Select(d => d.NoticeId)], cancellationToken);
            await Parallel.ForEachAsync(
                batch,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.StoreParallelism, CancellationToken = cancellationToken },
                async (document, ct) => tally.Add(await ReleaseAsync(document.Id, await HarvestEFormAsync(document, read, ct), ct)));
            report(tally.ToCounts());
        }

        foreach (var document in documents.Where(d => d.Kind == HilmaDocumentKind.Legacy))
        {
            tally.Add(await ReleaseAsync(document.Id, await HarvestLegacyAsync(document, cancellationToken), cancellationToken));
        }

        foreach (var document in documents.Where(d => d.Kind == HilmaDocumentKind.Unknown))
        {
            tally.Add(await QuarantineAsync(document.Id, null, $"Unrecognised HILMA document key '{PrintableText.Of(document.Id, 100)}'.", cancellationToken));
        }

        report(tally.ToCounts());
        return tally.ToCounts();
    }

    private async Task<Outcome> HarvestEFormAsync(SearchDocument document, EFormReads reads, CancellationToken cancellationToken)
    {
        if (reads.Found.GetValueOrDefault(document.NoticeId) is not { } response)
        {
            return await QuarantineAsync(document.Id, null, reads.MissingReason(document.NoticeId), cancellationToken);
        }

        byte[] xml;
        try
        {
            xml = Convert.FromBase64String(response.EForm ?? string.Empty);
        }
        catch (FormatException)
        {
            return await QuarantineAsync(document.Id, null, "The eForm field is not valid base64.", cancellationToken);
        }

        if (xml.Length == 0)
        {
            return await QuarantineAsync(document.Id, null, "The notice has no eForm XML.", cancellationToken);
        }

        // A stored version was archived before it was stored, so an unchanged notice needs neither
        // the archive nor the parser: one point read settles it.
        var hash = RevisionHash(xml, response);
        if ((await store.GetRevisionAsync(document.Id, cancellationToken))?.ContentHash == hash)
        {
            return Outcome.Unchanged;
        }

        var modified = response.DateModified ?? document.DateModified;
        var raw = await archive.ArchiveAsync(new RawNotice(document.Id, xml, "application/xml", modified), cancellationToken);

        var parsed = parser.Parse(xml);
        if (!parsed.IsSuccess)
        {
            return await QuarantineAsync(document.Id, raw.Location, parsed.Error, cancellationToken);
        }

        var notice = AttachHilmaData(parsed.Notice, document, response);
        var revision = new NoticeRevision(hash, raw.Location, modified, time.GetUtcNow());
        return await SaveAsync(new StoredNotice(notice, revision), cancellationToken);
    }

    private async Task<Outcome> HarvestLegacyAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        var (json, refusal) = await feed.ReadLegacyAsync(document.NoticeId, cancellationToken);
        if (json is null)
        {
            return await QuarantineAsync(document.Id, null, refusal ?? "HILMA's legacy read API does not know this notice.", cancellationToken);
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var raw = await archive.ArchiveAsync(new RawNotice(document.Id, bytes, "application/json", document.DateModified), cancellationToken);
        var mapped = LegacyNoticeMapper.Map(document, json);
        if (!mapped.IsSuccess)
        {
            return await QuarantineAsync(document.Id, raw.Location, mapped.Error, cancellationToken);
        }

        var revision = new NoticeRevision(Convert.ToHexStringLower(SHA256.HashData(bytes)), raw.Location, document.DateModified, time.GetUtcNow());
        return await SaveAsync(new StoredNotice(mapped.Notice, revision), cancellationToken);
    }

    /// <summary>
    /// Queues the survey triggers that earlier runs owed but did not queue (killed between saving a notice
    /// and queueing its trigger): for each notice marked in the outbox and stored, its trigger is queued
    /// and the mark removed. A mark whose notice was never stored is dropped after a day. Returns how many
    /// triggers were queued. The harvest calls it first; so does <c>survey scan</c>.
    /// </summary>
    public async Task<int> CompletePendingSurveyTriggersAsync(CancellationToken cancellationToken)
    {
        if (surveyTriggers is null || surveyOutbox is null)
        {
            return 0;
        }

        var pending = new List<PendingSurveyTrigger>();
        await foreach (var mark in surveyOutbox.ListAsync(cancellationToken))
        {
            pending.Add(mark);
        }

        var queued = 0;
        foreach (var mark in pending)
        {
            if (await store.GetAsync(mark.NoticeKey, cancellationToken) is { } stored)
            {
                await surveyTriggers.EnqueueAsync(SurveyTrigger.For(stored.Notice), cancellationToken);
                await surveyOutbox.RemoveAsync(mark.NoticeKey, cancellationToken);
                queued++;
            }
            else if (time.GetUtcNow() - mark.Since > UnsavedMarkLifetime)
            {
                await surveyOutbox.RemoveAsync(mark.NoticeKey, cancellationToken);
            }
        }

        if (queued > 0)
        {
            Log.PendingSurveyTriggersQueued(logger, queued);
        }

        return queued;
    }

    /// <summary>
    /// Stores the notice and, when it is new or changed and triggers the survey, queues it for the
    /// follow-up survey (which decides by its own configured signals; a repeat is harmless there). The
    /// notice is marked in the outbox before it is saved and unmarked once queued, so no kill in between
    /// loses the trigger.
    /// </summary>
    private async Task<Outcome> SaveAsync(StoredNotice notice, CancellationToken cancellationToken)
    {
        var key = notice.Notice.Key;
        var owesTrigger = surveyTriggers is not null && TriggersSurvey(notice.Notice);
        if (owesTrigger && surveyOutbox is not null)
        {
            await surveyOutbox.AddAsync(key, cancellationToken);
        }

        NoticeWriteOutcome outcome;
        try
        {
            outcome = await store.SaveAsync(notice, cancellationToken);
        }
        catch (NoticeNotStorableException ex)
        {
            // This notice's own content: quarantined with its raw payload, and the harvest goes on. Nothing
            // was stored, so no trigger is owed.
            if (owesTrigger && surveyOutbox is not null)
            {
                await surveyOutbox.RemoveAsync(key, cancellationToken);
            }

            return await QuarantineAsync(key, notice.Revision.RawLocation, ex.Message, cancellationToken);
        }

        if (owesTrigger && outcome is NoticeWriteOutcome.Created or NoticeWriteOutcome.Updated)
        {
            await surveyTriggers!.EnqueueAsync(SurveyTrigger.For(notice.Notice), cancellationToken);
        }

        if (owesTrigger && surveyOutbox is not null)
        {
            await surveyOutbox.RemoveAsync(key, cancellationToken);
        }

        return ToOutcome(outcome);
    }

    /// <summary>Whether a new or changed notice is queued for the survey: a contract or award notice (the control sample draws unflagged ones), or any innovation signal.</summary>
    private static bool TriggersSurvey(Notice notice) =>
        notice.FormType is FormType.Competition or FormType.Result || notice.Innovation.Any;

    /// <summary>
    /// Adds what only HILMA knows: its document key, the publication instant, and the statistics
    /// answers, per lot from the read API (preferred) or else from the search index, kept with their source.
    /// </summary>
    internal static Notice AttachHilmaData(Notice notice, SearchDocument document, EFormNoticeResponse response)
    {
        var (readPerLot, readFlat) = HilmaStatisticsReader.Read(response.HilmaStatistics, HilmaStatisticsSource.ReadApi);
        var searchPerLot = (document.Lots ?? [])
            .Where(l => !string.IsNullOrEmpty(l.Id))
            .GroupBy(l => l.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => new InnovationAnswers(g.First().InnovationConsidered, g.First().SolutionNewToBuyer, g.First().SolutionNewToMarketOrIndustry, HilmaStatisticsSource.SearchIndex),
                StringComparer.OrdinalIgnoreCase);
        var lots = notice.Lots
            .Select(lot => lot with
            {
                HilmaAnswers = Usable(readPerLot.GetValueOrDefault(lot.LotId)) ?? Usable(searchPerLot.GetValueOrDefault(lot.LotId)) ?? lot.HilmaAnswers,
            })
            .ToList();
        var searchNotice = new InnovationAnswers(document.InnovationConsidered, document.SolutionNewToBuyer, document.SolutionNewToMarketOrIndustry, HilmaStatisticsSource.SearchIndex);
        return notice with
        {
            HilmaId = document.Id,
            PublicationDate = notice.PublicationDate ?? document.DatePublished,
            TenderDeadline = notice.TenderDeadline ?? document.Deadline,
            Lots = lots,
            HilmaNoticeAnswers = Usable(readFlat) ?? Usable(searchNotice),
        };
    }

    /// <summary>
    /// The identity of a stored version: the XML and the statistics answers together, since HILMA can
    /// correct the answers without touching the XML.
    /// </summary>
    private static string RevisionHash(byte[] xml, EFormNoticeResponse response)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(xml);
        if (response.HilmaStatistics is { } statistics)
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(statistics.GetRawText()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private async Task<HashSet<string>> QuarantinedKeysAsync(CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in quarantine.ListAsync(cancellationToken))
        {
            keys.Add(entry.Key);
        }

        return keys;
    }

    /// <summary>A quarantined notice read and stored (or found stored unchanged) now leaves the quarantine.</summary>
    private async Task<Outcome> ReleaseAsync(string key, Outcome outcome, CancellationToken cancellationToken)
    {
        if (outcome != Outcome.Quarantined && _quarantinedKeys.Contains(key))
        {
            await quarantine.RemoveAsync(key, cancellationToken);
        }

        return outcome;
    }

    private static InnovationAnswers? Usable(InnovationAnswers? answers) => answers is { IsEmpty: false } ? answers : null;

    private async Task<Outcome> QuarantineAsync(string key, string? rawLocation, string reason, CancellationToken cancellationToken)
    {
        // Reasons quote input (parser messages, keys): control characters are escaped, and length is capped.
        reason = PrintableText.Of(reason);
        Log.Quarantined(logger, PrintableText.Of(key, 100), reason);
        await quarantine.AddAsync(new QuarantinedNotice(key, rawLocation, reason, time.GetUtcNow()), cancellationToken);
        return Outcome.Quarantined;
    }

    private static Outcome ToOutcome(NoticeWriteOutcome outcome) => outcome switch
    {
        NoticeWriteOutcome.Created => Outcome.New,
        NoticeWriteOutcome.Updated => Outcome.Updated,
        _ => Outcome.Unchanged,
    };

    private enum Outcome
    {
        New,
        Updated,
        Unchanged,
        Quarantined,
    }

    /// <summary>Thread-safe counts of one window.</summary>
    private sealed class Tally
    {
        private int _new;
        private int _updated;
        private int _unchanged;
        private int _quarantined;

        public void Add(Outcome outcome)
        {
            switch (outcome)
            {
                case Outcome.New: Interlocked.Increment(ref _new); break;
                case Outcome.Updated: Interlocked.Increment(ref _updated); break;
                case Outcome.Unchanged: Interlocked.Increment(ref _unchanged); break;
                default: Interlocked.Increment(ref _quarantined); break;
            }
        }

        public HarvestCounts ToCounts()
        {
            int n = Volatile.Read(ref _new), u = Volatile.Read(ref _updated), s = Volatile.Read(ref _unchanged), q = Volatile.Read(ref _quarantined);
            return new HarvestCounts(n + u + s + q, n, u, s, q);
        }
    }
}
