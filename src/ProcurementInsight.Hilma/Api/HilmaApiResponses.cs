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
