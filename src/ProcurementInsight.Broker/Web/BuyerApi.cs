using System.Globalization;
using System.Text.Json;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The buyer endpoints shared by the function app and <c>serve</c>: <c>POST /api/needs</c>,
/// <c>GET /api/needs/{id}/matches?top=10</c> and <c>GET /api/suppliers/{businessId}</c>. Each checks the
/// <see cref="BuyerKeys.HeaderName"/> header: 401 without a valid key, 429 over the key's rate limit.
/// Errors are problem details (RFC 9457).
/// </summary>
public sealed class BuyerApi(BuyerKeys keys, NeedService needs, SupplierLookup suppliers)
{
    /// <summary>Route of need submission.</summary>
    public const string NeedsRoute = "needs";

    /// <summary>Route of a need's matches.</summary>
    public const string MatchesRoute = "needs/{id}/matches";

    /// <summary>Route of a supplier profile.</summary>
    public const string SupplierRoute = SupplierLookup.Route;

    private static readonly Dictionary<string, string> NoHeaders = [];

    /// <summary>The largest need body accepted, in bytes: a title and description of at most 5,200 characters fit many times over.</summary>
    public const int MaxNeedBytes = 64 * 1024;

    /// <summary>
    /// Submits a need: 201 with the need and its matches' location; 400 naming the field when the JSON is wrong,
    /// 413 for a body over <see cref="MaxNeedBytes"/> (refused by its Content-Length before reading, else
    /// after reading at most that much), 415 for a body that is not JSON.
    /// </summary>
    /// <param name="apiKey">The <see cref="BuyerKeys.HeaderName"/> header.</param>
    /// <param name="clientAddress">The caller's address (the connection's remote address), for the failed-key limit.</param>
    /// <param name="contentType">The request's Content-Type.</param>
    /// <param name="contentLength">The request's Content-Length, when it has one.</param>
    /// <param name="body">The request body.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<BrokerResponse> PostNeedAsync(string? apiKey, string? clientAddress, string? contentType, long? contentLength, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentLength > MaxNeedBytes)
        {
            return TooLarge();
        }

        var access = await keys.CheckAsync(apiKey, clientAddress, cancellationToken);
        if (Denied(access) is { } denied)
        {
            return denied;
        }

        if (!IsJson(contentType))
        {
            return Problem(415, "Not JSON", "Send the need as JSON with Content-Type: application/json.");
        }

        // Read at most one byte more than the limit, so a body without a Content-Length cannot fill the memory.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxNeedBytes + 1 - buffer.Length)), cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            if (buffer.Length > MaxNeedBytes)
            {
                return TooLarge();
            }
        }

        NeedRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<NeedRequest>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BrokerJsonOutput.Options);
        }
        catch (JsonException ex) when (ex.Path is { Length: > 1 } path)
        {
            // A value of the wrong type: name the field ("$.title" becomes "title").
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            return Problem(400, "Wrong type of value", $"The field '{field}' has a value of the wrong type: title, description, cpv, region, timeframe and budgetBand are strings.", field: field);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return Problem(400, "Not a need", "The body must be a JSON object with title and description (and optionally cpv, region, timeframe, budgetBand).");
        }

        var submission = await needs.SubmitAsync(access.Organisation!, request, cancellationToken);
        if (submission.Need is not { } need)
        {
            var problem = new Dictionary<string, object?>
            {
                ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                ["title"] = "The need has errors",
                ["status"] = 400,
                ["errors"] = submission.Errors,
            };
            return new BrokerResponse(400, "application/problem+json", JsonSerializer.Serialize(problem, BrokerJsonOutput.Options), NoHeaders);
        }

        return new BrokerResponse(201, "application/json", JsonSerializer.Serialize(need, BrokerJsonOutput.Options), new Dictionary<string, string> { ["Location"] = $"/api/needs/{need.Id}/matches" });
    }

    /// <summary>A need's ranked suppliers; 404 for an unknown need or another organisation's.</summary>
    public async Task<BrokerResponse> GetNeedMatchesAsync(string? apiKey, string? clientAddress, string id, string? top, CancellationToken cancellationToken)
    {
        var access = await keys.CheckAsync(apiKey, clientAddress, cancellationToken);
        if (Denied(access) is { } denied)
        {
            return denied;
        }

        int? count = null;
        if (!string.IsNullOrEmpty(top))
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > NeedService.MaxTop)
            {
                return Problem(400, "Bad top", $"top must be a whole number from 1 to {NeedService.MaxTop}.");
            }

            count = parsed;
        }

        var matches = await needs.MatchesAsync(id, count, cancellationToken);
        if (matches is null || !string.Equals(matches.Need.Organisation, access.Organisation, StringComparison.Ordinal))
        {
            return Problem(404, "No such need", $"Your organisation has no need '{id}'.");
        }

        return Json(200, matches);
    }

    /// <summary>A supplier's profile with its innovation potential; 404 when unknown.</summary>
    public async Task<BrokerResponse> GetSupplierAsync(string? apiKey, string? clientAddress, string businessId, CancellationToken cancellationToken)
    {
        var access = await keys.CheckAsync(apiKey, clientAddress, cancellationToken);
        if (Denied(access) is { } denied)
        {
            return denied;
        }

        var document = await suppliers.FindAsync(businessId, cancellationToken);
        return document is null
            ? Problem(404, "No such supplier", $"No supplier profile has the business id '{businessId}'.")
            : Json(200, document);
    }

    internal static BrokerResponse Problem(int status, string title, string detail, IReadOnlyDictionary<string, string>? headers = null, string? field = null)
    {
        var problem = new Dictionary<string, object?> { ["title"] = title, ["status"] = status, ["detail"] = detail };
        if (field is not null)
        {
            problem["errors"] = new Dictionary<string, string[]> { [field] = ["A value of the wrong type."] };
        }

        return new BrokerResponse(status, "application/problem+json", JsonSerializer.Serialize(problem, BrokerJsonOutput.Options), headers ?? NoHeaders);
    }

    internal static BrokerResponse? Denied(BuyerAccess access) => access.Status switch
    {
        BuyerAccessStatus.Unauthorized => Problem(401, "API key needed", $"Send your organisation's API key in the {BuyerKeys.HeaderName} header.", new Dictionary<string, string> { ["WWW-Authenticate"] = "ApiKey header=\"" + BuyerKeys.HeaderName + "\"" }),
        BuyerAccessStatus.RateLimited => Problem(
            429,
            "Too many requests",
            access.Organisation is null
                ? "Too many unknown API keys came from your address in the last minute: check the key and try again after Retry-After seconds."
                : "This API key has used its requests for the last minute: try again after Retry-After seconds.",
            new Dictionary<string, string> { ["Retry-After"] = Math.Max(1, (int)Math.Ceiling(access.RetryAfter?.TotalSeconds ?? 60)).ToString(CultureInfo.InvariantCulture) }),
        _ => null,
    };

    /// <summary>The 413 problem for a need body over <see cref="MaxNeedBytes"/>; also for a host whose server refused the body itself.</summary>
    public static BrokerResponse TooLarge() =>
        Problem(413, "Too large", $"A need is at most {MaxNeedBytes / 1024} KiB of JSON.");

    private static bool IsJson(string? contentType) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (string.Equals(media.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    private static BrokerResponse Json<T>(int status, T value) =>
        new(status, "application/json", JsonSerializer.Serialize(value, BrokerJsonOutput.Options), NoHeaders);
}
