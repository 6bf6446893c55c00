using Microsoft.Extensions.Options;
using ProcurementInsight.Hilma.Api;

namespace ProcurementInsight.Hilma.Harvesting;

/// <summary>
/// Lists and reads HILMA notices window by window. A window holding more than
/// <see cref="HilmaOptions.MaxResultsPerWindow"/> results is split in halves instead of paging deep,
/// because the search service caps <c>skip</c> at 100,000 and deep pages are slow.
/// </summary>
public sealed class HilmaNoticeFeed(IHilmaApi api, IOptions<HilmaOptions> options)
{
    private static readonly TimeSpan SmallestWindow = TimeSpan.FromSeconds(1);

    /// <summary>Every notice document (not plans) in the window, each once.</summary>
    public async Task<IReadOnlyList<SearchDocument>> SearchWindowAsync(HarvestWindow window, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = new SearchRequest
        {
            Filter = $"{window.ToFilter(settings.WindowField)} and isPlan eq false",
            Orderby = $"{settings.WindowField} asc",
            Top = settings.PageSize,
            Count = true,
        };
        using var firstResponse = await api.SearchAsync(request, cancellationToken);
        var first = firstResponse.ContentOrThrow();
        var total = first.Count ?? first.Value.Count;
        if (total > settings.MaxResultsPerWindow && window.Length > SmallestWindow)
        {
            var (a, b) = window.Split();
            var earlier = await SearchWindowAsync(a, cancellationToken);
            var later = await SearchWindowAsync(b, cancellationToken);
            return [.. earlier, .. later];
        }

        var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        Add(documents, first.Value);
        var skip = first.Value.Count;
        while (skip < total && skip < 100_000)
        {
            using var pageResponse = await api.SearchAsync(request with { Skip = skip, Count = false }, cancellationToken);
            var page = pageResponse.ContentOrThrow();
            if (page.Value.Count == 0)
            {
                break;
            }

            Add(documents, page.Value);
            skip += page.Value.Count;
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
    /// Ids the batch endpoint leaves out are read one by one; ids HILMA does not know are absent from the result.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, EFormNoticeResponse>> ReadEFormsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EFormNoticeResponse>();
        foreach (var chunk in ids.Chunk(options.Value.ReadBatchSize))
        {
            using var response = await api.ReadNoticesAsync(chunk, cancellationToken);
            var batch = response.ContentOrThrow();
            foreach (var notice in batch)
            {
                found[notice.Id] = notice;
            }
        }

        foreach (var id in ids.Where(id => !found.ContainsKey(id)))
        {
            using var response = await api.ReadNoticeAsync(id, cancellationToken);
            if (response.ContentOrNull() is { } single)
            {
                found[id] = single;
            }
        }

        return found;
    }

    /// <summary>Reads one pre-eForms notice as JSON text, or null when HILMA does not know it.</summary>
    public async Task<string?> ReadLegacyAsync(long noticeId, CancellationToken cancellationToken)
    {
        using var response = await api.ReadLegacyNoticeAsync(noticeId, cancellationToken);
        return response.ContentOrNull();
    }

    private static void Add(Dictionary<string, SearchDocument> documents, IEnumerable<SearchDocument> page)
    {
        foreach (var document in page)
        {
            documents[document.Id] = document;
        }
    }
}
