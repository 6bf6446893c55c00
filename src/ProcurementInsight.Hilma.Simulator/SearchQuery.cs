using System.Globalization;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// A parsed search request body (Azure AI Search "Search Documents" POST semantics, CONTRACTS.md A.3):
/// <c>{search, filter, orderby, top, skip, count, select, searchMode, queryType}</c>.
/// </summary>
internal sealed class SearchQuery
{
    /// <summary>Default page size when <c>top</c> is absent.</summary>
    public const int DefaultTop = 50;

    /// <summary>Largest <c>top</c> the API accepts (CONTRACTS.md A.6).</summary>
    public const int MaxTop = 1000;

    /// <summary>Largest <c>skip</c> Azure AI Search accepts (CONTRACTS.md A.6).</summary>
    public const int MaxSkip = 100_000;

    private SearchQuery()
    {
    }

    public int Top { get; private init; } = DefaultTop;

    public int Skip { get; private init; }

    public bool Count { get; private init; }

    public Func<NoticeEntry, bool> Filter { get; private init; } = static _ => true;

    public IReadOnlyList<(string Field, bool Descending)> OrderBy { get; private init; } = [];

    public IReadOnlySet<string>? Select { get; private init; }

    public IReadOnlyList<string> SearchTerms { get; private init; } = [];

    public bool MatchAllTerms { get; private init; }

    /// <summary>Parses and validates a body; on failure <paramref name="error"/> is the 400 detail.</summary>
    public static bool TryParse(JsonElement body, out SearchQuery query, out string? error)
    {
        query = new SearchQuery();
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return false;
        }

        string? search = null, filter = null, orderby = null, select = null, searchMode = null;
        int? top = null, skip = null;
        var count = false;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name.ToLowerInvariant())
            {
                case "search":
                    search = StringOf(property.Value);
                    break;
                case "filter":
                    filter = StringOf(property.Value);
                    break;
                case "orderby":
                    orderby = StringOf(property.Value);
                    break;
                case "select":
                    select = StringOf(property.Value);
                    break;
                case "searchmode":
                    searchMode = StringOf(property.Value);
                    break;
                case "top":
                    top = IntOf(property.Value, "$top", out error);
                    break;
                case "skip":
                    skip = IntOf(property.Value, "$skip", out error);
                    break;
                case "count":
                    count = property.Value.ValueKind == JsonValueKind.True;
                    break;
                default:
                    break;
            }

            if (error is not null)
            {
                return false;
            }
        }

        if (top is < 0 or > MaxTop)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"(InvalidRequestParameter) Value must be between 0 and {MaxTop}. Parameter name: $top");
            return false;
        }

        if (skip is < 0 or > MaxSkip)
        {
            error = "(InvalidRequestParameter) Value must be between 0 and 100000. Parameter name: $skip";
            return false;
        }

        if (!ODataFilter.TryParse(filter, out var predicate, out error))
        {
            return false;
        }

        var order = new List<(string, bool)>();
        if (!string.IsNullOrWhiteSpace(orderby))
        {
            foreach (var clause in orderby.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var direction = parts.Length > 1 ? parts[1] : "asc";
                if (parts.Length > 2 || parts[0] is not ("datePublished" or "dateModified" or "noticeId" or "id") || direction is not ("asc" or "desc"))
                {
                    error = $"Invalid expression: '{clause}' cannot be used in $orderby; the HILMA simulator sorts by datePublished, dateModified, noticeId or id, asc or desc. Parameter name: $orderby";
                    return false;
                }

                order.Add((parts[0], direction == "desc"));
            }
        }

        var terms = string.IsNullOrWhiteSpace(search) || search.Trim() == "*"
            ? []
            : search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.Trim('"', '+', '*'))
                .Where(t => t.Length > 0)
                .ToArray();

        query = new SearchQuery
        {
            Top = top ?? DefaultTop,
            Skip = skip ?? 0,
            Count = count,
            Filter = predicate,
            OrderBy = order,
            Select = string.IsNullOrWhiteSpace(select) || select.Trim() == "*"
                ? null
                : select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
            SearchTerms = terms,
            MatchAllTerms = string.Equals(searchMode, "all", StringComparison.OrdinalIgnoreCase),
        };
        return true;
    }

    /// <summary>Indexes into <paramref name="entries"/> that match, in result order.</summary>
    public int[] Execute(IReadOnlyList<NoticeEntry> entries, Func<NoticeEntry, SimulatedNotice> generate)
    {
        var matches = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (Filter(entries[i]) && MatchesText(entries[i], generate))
            {
                matches.Add(i);
            }
        }

        var result = matches.ToArray();
        if (OrderBy.Count > 0)
        {
            Array.Sort(result, (a, b) =>
            {
                foreach (var (field, descending) in OrderBy)
                {
                    var x = entries[a];
                    var y = entries[b];
                    var c = field switch
                    {
                        "datePublished" => x.PublishedTicks.CompareTo(y.PublishedTicks),
                        "dateModified" => x.ModifiedTicks.CompareTo(y.ModifiedTicks),
                        _ => x.NoticeId.CompareTo(y.NoticeId),
                    };
                    if (c != 0)
                    {
                        return descending ? -c : c;
                    }
                }

                // Ties broken by id so paging is stable.
                return a.CompareTo(b);
            });
        }

        return result;
    }

    private bool MatchesText(NoticeEntry entry, Func<NoticeEntry, SimulatedNotice> generate)
    {
        if (SearchTerms.Count == 0)
        {
            return true;
        }

        var notice = generate(entry);
        var haystack = string.Join(' ', notice.Title.Any, notice.Description.Any, string.Join(' ', notice.CpvCodes), notice.Buyer.Name);
        return MatchAllTerms
            ? SearchTerms.All(t => haystack.Contains(t, StringComparison.OrdinalIgnoreCase))
            : SearchTerms.Any(t => haystack.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    private static string? StringOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? IntOf(JsonElement value, string name, out string? error)
    {
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return int.MaxValue;
        }

        error = $"(InvalidRequestParameter) '{value}' is not a valid integer. Parameter name: {name}";
        return null;
    }
}
