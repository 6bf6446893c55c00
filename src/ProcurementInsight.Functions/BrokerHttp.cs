using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>Writes the broker's host-neutral answers as function results.</summary>
internal static class BrokerHttp
{
    public static IActionResult ToResult(BrokerResponse response, HttpRequest request)
    {
        foreach (var (name, value) in response.Headers)
        {
            request.HttpContext.Response.Headers[name] = value;
        }

        return new ContentResult { StatusCode = response.Status, ContentType = response.ContentType, Content = response.Body };
    }

    /// <summary>The connection's remote address, as serve reads it, for the broker's failed-key limit.</summary>
    public static string? ClientAddress(HttpRequest request) => request.HttpContext.Connection.RemoteIpAddress?.ToString();

    public static async Task<IReadOnlyDictionary<string, string?>?> FormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return HttpMethods.IsPost(request.Method) ? new Dictionary<string, string?>() : null;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
    }
}
