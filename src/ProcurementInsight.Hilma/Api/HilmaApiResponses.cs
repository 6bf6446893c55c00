using System.Net;
using Refit;

namespace ProcurementInsight.Hilma.Api;

/// <summary>Turns a HILMA answer into its content, or the error its status calls for.</summary>
internal static class HilmaApiResponses
{
    /// <summary>
    /// The content of a successful answer. 401/403 throw <see cref="HilmaAccessDeniedException"/> (the run
    /// stops); other failures throw Refit's exception, which the resilience pipeline has already retried
    /// where retrying made sense.
    /// </summary>
    public static T ContentOrThrow<T>(this IApiResponse<T> response) =>
        ContentOrDefault(response, notFoundIsNull: false)
        ?? throw new InvalidOperationException($"HILMA answered {(int?)response.StatusCode} with an empty body.");

    /// <summary>Like <see cref="ContentOrThrow{T}"/>, but 404 gives null.</summary>
    public static T? ContentOrNull<T>(this IApiResponse<T> response)
        where T : class =>
        ContentOrDefault(response, notFoundIsNull: true);

    /// <summary>
    /// The reason HILMA refused this one request for what was asked (406 blocked by its security rules, or
    /// any other 4xx but 401/403, 404 and the retried 408/429), or null. Such a refusal is about one notice:
    /// the notice is quarantined with the reason and the run goes on.
    /// </summary>
    public static string? Refusal<T>(this IApiResponse<T> response)
    {
        var status = (int?)response.StatusCode ?? 0;
        if (status is < 400 or >= 500 or 401 or 403 or 404 or 408 or 429)
        {
            return null;
        }

        var body = (response.Error as ApiException)?.Content;
        return $"HILMA refused to serve it ({status} {response.StatusCode}){(string.IsNullOrWhiteSpace(body) ? "." : ": " + body.Trim())}";
    }

    private static T? ContentOrDefault<T>(IApiResponse<T> response, bool notFoundIsNull)
    {
        if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new HilmaAccessDeniedException(response.StatusCode.Value, (response.Error as ApiException)?.Content);
        }

        if (response.Error is not null)
        {
            throw response.Error;
        }

        return response.Content;
    }
}
