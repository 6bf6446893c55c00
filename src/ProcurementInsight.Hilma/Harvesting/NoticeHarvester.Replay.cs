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
    /// stored now leaves the quarantine; one that still fails stays with its new reason. Pre-2023
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

        var documents = new List<SearchDocument>();
        var skipped = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Key.StartsWith("EF-", StringComparison.Ordinal) && long.TryParse(entry.Key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                documents.Add(new SearchDocument { Id = entry.Key, NoticeId = id });
            }
            else
            {
                skipped.Add(entry.Key);
            }
        }

        var released = new List<string>();
        var still = new List<string>();
        foreach (var batch in documents.Chunk(options.Value.ReadBatchSize))
        {
            var read = await feed.ReadEFormsAsync([.. batch.Select(d => d.NoticeId)], cancellationToken);
            foreach (var document in batch)
            {
                var outcome = await HarvestEFormAsync(document, read.GetValueOrDefault(document.NoticeId), cancellationToken);
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
