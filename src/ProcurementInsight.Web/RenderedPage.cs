using ProcurementInsight.Core.Pages;

namespace ProcurementInsight.Web;

/// <summary>A rendered page: status code and the whole HTML document, sent with <see cref="PageHeaders.Headers"/>.</summary>
/// <param name="StatusCode">HTTP status code.</param>
/// <param name="Html">The document, UTF-8.</param>
public sealed record RenderedPage(int StatusCode, string Html)
{
    /// <summary>The content type of every page.</summary>
    public const string ContentType = "text/html; charset=utf-8";
}
