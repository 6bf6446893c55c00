using System.Text.Json.Serialization;

namespace ProcurementInsight.Hilma.Api;

/// <summary>A search answer: <c>{"@odata.count": n, "value": [...]}</c>.</summary>
public sealed record SearchResponse
{
    /// <summary>Total matches, present when the request asked for a count.</summary>
    [JsonPropertyName("@odata.count")]
    public long? Count { get; init; }

    /// <summary>The documents of this page.</summary>
    public IReadOnlyList<SearchDocument> Value { get; init; } = [];
}
