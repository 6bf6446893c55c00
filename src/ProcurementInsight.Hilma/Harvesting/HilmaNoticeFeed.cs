using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Hilma.Api;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>
/// Lists and reads HILMA notices window by window. A window holding more than
/// <see cref="HilmaOptions.MaxResultsPerWindow"/> results is split in halves instead of paging deep,
/// because the search service caps <c>skip</c> at 100,000 and deep pages are slow.
/// </summary>
public sealed class HilmaNoticeFeed(IHilmaApi api, IOptions<HilmaOptions> options, ILogger<HilmaNoticeFeed> logger)
{
    /// <summary>The search service refuses a larger <c>skip</c> (CONTRACTS.md A.6).</summary>
    public const int MaxSkip = 100_000;

    private static readonly TimeSpan SmallestWindow = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Every notice document (not plans) in the window, each once. Pages are sorted by the window field
    /// and then by the unique <c>id</c>, so no document moves between pages; without <c>@odata.count</c>,
    /// pages are read until a short one.
    /// </summary>
    public async Task<IReadOnlyList<SearchDocument>> SearchWindowAsync(HarvestWindow window, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = new SearchRequest
        {
            Filter = $"{window.ToFilter(settings.WindowField)} and isPlan eq false",
            Orderby = $"{settings.WindowField} asc, id asc",
            Top = settings.PageSize,
            Count = true,
        };
        using var firstResponse = await api.SearchAsync(request, cancellationToken);
        var first = firstResponse.ContentOrThrow();
        if (first.Count is { } counted && counted > settings.MaxResultsPerWindow)
        {
            if (window.Length > SmallestWindow)
            {
                var (a, b) = window.Split();
                var earlier = await SearchWindowAsync(a, cancellationToken);
                var later = await SearchWindowAsync(b, cancellationToken);
                return [.. earlier, .. later];
            }

            if (counted > MaxSkip + settings.PageSize)
            {
                Log.WindowBeyondSkipLimit(logger, window.Start, window.End, counted, MaxSkip + settings.PageSize);
            }
        }

        var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        Add(documents, first.Value);
        var skip = first.Value.Count;
        var last = first.Value.Count;
        while (first.Count is { } total ? skip < total : last >= request.Top)
        {
            if (skip > MaxSkip)
            {
                Log.WindowBeyondSkipLimit(logger, window.Start, window.End, first.Count ?? skip, skip);
                break;
            }

            using var pageResponse = await api.SearchAsync(request with { Skip = skip, Count = false }, cancellationToken);
            var page = pageResponse.ContentOrThrow();
            if (page.Value.Count == 0)
            {
                break;
            }

            Add(documents, page.Value);
            skip += page.Value.Count;
            last = page.Value.Count;
        }

        return [.. documents.Values];
    }

    /// <summary>
    /// The search documents of the given keys (<c>EF-48640</c>…), those the index still lists, by key: a
    /// replayed notice gets the same publication date and notice-level answers as a harvested one.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SearchDocument>> SearchByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(20))
        {
            var request = new SearchRequest
            {
                Filter = string.Join(" or ", chunk.Select(k => $"id eq '{k.Replace("'", "''", StringComparison.Ordinal)}'")),
                Top = chunk.Length,
            };
            using var response = await api.SearchAsync(request, cancellationToken);
            Add(found, response.ContentOrThrow().Value.Where(d => chunk.Contains(d.Id, StringComparer.Ordinal)));
        }

        return found;
    }

    /// <summary>
    /// Reads eForms notices by HILMA notice id, in batches of at most <see cref="HilmaOptions.ReadBatchSize"/>.
    /// Ids the batch endpoint leaves out (or a batch HILMA refuses) are read one by one; ids HILMA does not
    /// know are absent from the result, and ids it refuses to serve (406 and other 4xx) are listed with the reason.
    /// </summary>
    public async Task<EFormReads> ReadEFormsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EFormNoticeResponse>();
        var refused = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(options.Value.ReadBatchSize))
        {
            using var response = await api.ReadNoticesAsync(chunk, cancellationToken);
            if (response.Refusal() is not null)
            {
                continue;
            }

            foreach (var notice in response.ContentOrThrow())
            {
                found[notice.Id] = notice;
            }
        }

        foreach (var id in ids.Where(id => !found.ContainsKey(id)))
        {
            using var response = await api.ReadNoticeAsync(id, cancellationToken);
            if (response.Refusal() is { } reason)
            {
                refused[id] = reason;
            }
            else if (response.ContentOrNull() is { } single)
            {
                found[id] = single;
            }
        }

        return new EFormReads(found, refused);
    }

    /// <summary>
    /// Reads one pre-eForms notice as JSON text: the text, or null with the reason HILMA refused it, or
    /// null and null when HILMA does not know it.
    /// </summary>
    public async Task<(string? Json, string? Refusal)> ReadLegacyAsync(long noticeId, CancellationToken cancellationToken)
    {
        using var response = await api.ReadLegacyNoticeAsync(noticeId, cancellationToken);
        return response.Refusal() is { } reason ? (null, reason) : (response.ContentOrNull(), null);
    }

    private static void Add(Dictionary<string, SearchDocument> documents, IEnumerable<SearchDocument> page)
    {
        foreach (var document in page)
        {
            documents[document.Id] = document;
        }
    }
}
