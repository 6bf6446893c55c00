using System.Text.Json.Serialization;

namespace ProcurementInsight.Hilma.Api;

/// <summary>The search body (Azure Cognitive Search "Search Documents" POST semantics).</summary>
public sealed record SearchRequest
{
    /// <summary>Full-text query; <c>*</c> matches everything.</summary>
    public string Search { get; init; } = "*";

    /// <summary>OData <c>$filter</c>, e.g. <c>datePublished ge 2026-01-01T00:00:00Z</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Filter { get; init; }

    /// <summary>Sort order, e.g. <c>datePublished asc</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Orderby { get; init; }

    /// <summary>Page size; the service caps it at 1000.</summary>
    public int Top { get; init; } = 1000;

    /// <summary>Documents to skip; the service caps it at 100,000.</summary>
    public int Skip { get; init; }

    /// <summary>Ask for <c>@odata.count</c>.</summary>
    public bool Count { get; init; }

    /// <summary>Comma-separated fields to return; null returns all.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Select { get; init; }
}
