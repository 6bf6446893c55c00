using System.Globalization;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma.Api;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>Replays quarantined notices, e.g. after a parser fix is deployed.</summary>
public sealed partial class NoticeHarvester
{
    /// <summary>
    /// Reads every quarantined eForms notice (or only <paramref name="keys"/>) from HILMA's read API
    /// again and takes it through the same archive, parse and store steps as a harvest. A notice that is
    /// stored now leaves the quarantine; one that still fails stays with its new reason. Each notice's search
    /// document is read first, so the replay stores the same data as a harvest. Pre-2023
    /// (<c>OLD-</c>) notices need their search document and are replayed by harvesting their window again.
    /// </summary>
    public async Task<QuarantineReplay> ReplayQuarantinedAsync(IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var wanted = keys is { Count: > 0 } ? new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase) : null;
        var entries = new List<QuarantinedNotice>();
        await foreach (var entry in quarantine.ListAsync(cancellationToken))
        {
            if (wanted is null || wanted.Contains(entry.Key))
            {
                entries.Add(entry);
            }
        }

        var replayable = new List<string>();
        var skipped = new List<string>();
        foreach (var entry in entries.DistinctBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Key.StartsWith("EF-", StringComparison.Ordinal) && long.TryParse(entry.Key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                replayable.Add(entry.Key);
            }
            else
            {
                skipped.Add(entry.Key);
            }
        }

        // The search document carries what the XML may lack (publication instant, notice-level answers):
        // a replay stores exactly what a harvest stores, or nothing.
        var listed = await feed.SearchByKeysAsync(replayable, cancellationToken);
        var documents = new List<SearchDocument>();
        var released = new List<string>();
        var still = new List<string>();
        foreach (var key in replayable)
        {
            if (listed.TryGetValue(key, out var document))
            {
                documents.Add(document);
            }
            else
            {
                var raw = entries.First(e => e.Key == key).RawLocation;
                await QuarantineAsync(key, raw, "HILMA's search index no longer lists this notice, so it cannot be stored as a harvest would store it.", cancellationToken);
                still.Add(key);
            }
        }

        foreach (var batch in documents.Chunk(options.Value.ReadBatchSize))
        {
            var read = await feed.ReadEFormsAsync([.. batch.Select(d => d.NoticeId)], cancellationToken);
            foreach (var document in batch)
            {
                var outcome = await HarvestEFormAsync(document, read, cancellationToken);
                if (outcome == Outcome.Quarantined)
                {
                    still.Add(document.Id);
                }
                else
                {
                    await quarantine.RemoveAsync(document.Id, cancellationToken);
                    released.Add(document.Id);
                }
            }
        }

        return new QuarantineReplay(released, still, skipped);
    }
}
