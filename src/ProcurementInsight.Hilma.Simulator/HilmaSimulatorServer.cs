using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// An offline HILMA AVP API (CONTRACTS.md section A) over a <see cref="SimulatedCorpus"/>, on Kestrel at
/// 127.0.0.1: <c>POST /avp/eformnotices/docs/search</c>, <c>GET /avp-eforms/external-read/v1/notice/{id}</c>,
/// <c>GET /avp-eforms/external-read/v1/notices?id=…</c>, the legacy <c>GET /avp-notice/api/avp/notices/{id}</c>
/// and <c>GET /health</c>.
/// </summary>
public sealed class HilmaSimulatorServer : IAsyncDisposable
{
    /// <summary>Route of the search endpoint.</summary>
    public const string SearchPath = "/avp/eformnotices/docs/search";

    /// <summary>Route prefix of the eForms read endpoints.</summary>
    public const string ReadPath = "/avp-eforms/external-read/v1";

    /// <summary>Route prefix of the legacy (pre-eForms) read endpoint.</summary>
    public const string LegacyReadPath = "/avp-notice/api/avp/notices";

    /// <summary>Largest number of ids the batch read accepts (CONTRACTS.md A.6).</summary>
    public const int MaxBatchIds = 50;

    private const string KeyHeader = "Ocp-Apim-Subscription-Key";
    private const string MissingKeyBody = "{\"statusCode\":401,\"message\":\"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.\"}";
    private const string InvalidKeyBody = "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\"}";
    private const string NotFoundRouteBody = "{\"statusCode\":404,\"message\":\"Resource not found\"}";

    private readonly LoopbackHost _host;
    private readonly SimulatedCorpus _corpus;
    private readonly HilmaSimulatorOptions _options;
    private readonly RequestRateWindow? _rateWindow;
    private readonly FaultSequence _faults;
    private readonly FaultOptions _faultOptions;

    private HilmaSimulatorServer(SimulatedCorpus corpus, HilmaSimulatorOptions options)
    {
        _corpus = corpus;
        _options = options;
        _faultOptions = options.Faults ?? corpus.Options.Faults;
        _faults = new FaultSequence(_faultOptions, options.FaultSeed);
        _rateWindow = options.RequestsPerMinute is { } limit ? new RequestRateWindow(limit, options.TimeProvider) : null;

        _host = LoopbackHost.Create(typeof(HilmaSimulatorServer), options.Port);
        var app = _host.App;
        app.Use(GateAsync);
        app.MapGet("/health", () => Results.Text("Healthy", "text/plain"));
        app.MapPost(SearchPath, SearchAsync);
        app.MapGet(ReadPath + "/notice/{noticeId}", ReadOneAsync);
        app.MapGet(ReadPath + "/notices", ReadManyAsync);
        app.MapGet(LegacyReadPath + "/{noticeId}", ReadLegacyAsync);
        app.MapFallback((HttpContext context) => WriteRawAsync(context, 404, "application/json", NotFoundRouteBody));
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Request, throttling and fault counters.</summary>
    public SimulatorStatistics Statistics { get; } = new();

    /// <summary>The corpus being served.</summary>
    public SimulatedCorpus Corpus => _corpus;

    /// <summary>Starts Kestrel on 127.0.0.1 at <see cref="HilmaSimulatorOptions.Port"/> (0 = ephemeral).</summary>
    public static async Task<HilmaSimulatorServer> StartAsync(SimulatedCorpus corpus, HilmaSimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var server = new HilmaSimulatorServer(corpus, options);
        server.BaseAddress = await server._host.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>Stops the server; idempotent.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _host.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task GateAsync(HttpContext context, Func<Task> next)
    {
        Statistics.CountRequest();
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }

        if (_options.SubscriptionKey is { } key)
        {
            var given = context.Request.Headers[KeyHeader].ToString();
            if (given.Length == 0 || !string.Equals(given, key, StringComparison.Ordinal))
            {
                Statistics.CountUnauthorized();
                await WriteRawAsync(context, 401, "application/json", given.Length == 0 ? MissingKeyBody : InvalidKeyBody);
                return;
            }
        }

        if (_rateWindow is not null && !_rateWindow.TryAcquire(out var retryAfter))
        {
            await TooManyAsync(context, retryAfter);
            return;
        }

        switch (_faults.Next())
        {
            case FaultDraw.TooManyRequests:
                await TooManyAsync(context, 1);
                return;
            case FaultDraw.InternalServerError:
                Statistics.CountServerError();
                await WriteRawAsync(context, 500, "text/plain", "An unexpected error occurred.");
                return;
            case FaultDraw.ServiceUnavailable:
                Statistics.CountServerError();
                await WriteRawAsync(context, 503, "text/plain", "Service Unavailable");
                return;
            case FaultDraw.Slow:
                Statistics.CountSlow();
                await Task.Delay(_faultOptions.SlowDelay, _options.TimeProvider, context.RequestAborted);
                break;
            default:
                break;
        }

        await next();
    }

    private Task TooManyAsync(HttpContext context, int retryAfterSeconds)
    {
        Statistics.CountThrottled();
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return WriteRawAsync(context, 429, "text/plain", string.Create(CultureInfo.InvariantCulture, $"Rate limit is exceeded. Try again in {retryAfterSeconds} seconds."));
    }

    private async Task SearchAsync(HttpContext context)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException ex)
        {
            await ProblemAsync(context, 400, "InvalidRequestParameter", "The request body is not valid JSON: " + ex.Message);
            return;
        }

        using (body)
        {
            if (!SearchQuery.TryParse(body.RootElement, out var query, out var error))
            {
                await ProblemAsync(context, 400, "InvalidRequestParameter", error ?? "Invalid request.");
                return;
            }

            var entries = _corpus.Entries;
            var matches = query.Execute(entries, _corpus.Generate);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
            {
                writer.WriteStartObject();
                if (query.Count)
                {
                    writer.WriteNumber("@odata.count", matches.Length);
                }

                writer.WriteStartArray("value");
                var end = Math.Min(matches.Length, query.Skip + query.Top);
                for (var i = query.Skip; i < end; i++)
                {
                    SearchDocumentWriter.Write(writer, _corpus.Generate(entries[matches[i]]), query.Select);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            await WriteBytesAsync(context, 200, "application/json; charset=utf-8", buffer);
        }
    }

    private async Task ReadOneAsync(HttpContext context, string noticeId)
    {
        if (!int.TryParse(noticeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !_corpus.TryGetEntry(id, out var entry))
        {
            await ProblemAsync(context, 404, "Not Found", $"Notice '{noticeId}' was not found.");
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            WriteReadResponse(writer, entry);
        }

        await WriteBytesAsync(context, 200, "application/json; charset=utf-8", buffer);
    }

    private async Task ReadLegacyAsync(HttpContext context, string noticeId)
    {
        var found = false;
        var entry = default(NoticeEntry);
        if (int.TryParse(noticeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            found = _corpus.TryGetLegacyEntry(id, out entry);
            var legacyCount = _corpus.LegacyCount;
            if (!found && legacyCount > 0 && _corpus.TryGetEntry(id, out _))
            {
                // Real quirk (CONTRACTS.md A.8): an eForms number here returns an unrelated legacy notice with 200.
                entry = _corpus.Entries[id % legacyCount];
                found = true;
            }
        }

        if (!found)
        {
            await ProblemAsync(context, 404, "Not Found", $"Notice '{noticeId}' was not found.");
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            LegacyNoticeWriter.Write(writer, _corpus.Generate(entry));
        }

        await WriteBytesAsync(context, 200, "application/json; charset=utf-8", buffer);
    }

    private async Task ReadManyAsync(HttpContext context)
    {
        var raw = context.Request.Query["id"];
        var ids = raw.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (ids.Length > MaxBatchIds)
        {
            await ProblemAsync(context, 400, "Bad Request", string.Create(CultureInfo.InvariantCulture, $"At most {MaxBatchIds} ids can be read at a time; {ids.Length} were given."));
            return;
        }

        var entries = new List<NoticeEntry>(ids.Length);
        foreach (var text in ids)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                await ProblemAsync(context, 400, "Bad Request", $"'{text}' is not a notice id.");
                return;
            }

            if (_corpus.TryGetEntry(id, out var entry))
            {
                entries.Add(entry);
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                WriteReadResponse(writer, entry);
            }

            writer.WriteEndArray();
        }

        await WriteBytesAsync(context, 200, "application/json; charset=utf-8", buffer);
    }

    private void WriteReadResponse(Utf8JsonWriter writer, NoticeEntry entry)
    {
        var notice = _corpus.Generate(entry);
        writer.WriteStartObject();
        writer.WriteNumber("id", entry.NoticeId);
        writer.WriteNumber("procedureId", entry.ProcedureId);
        writer.WriteBase64String("eForm", SimulatedCorpus.EFormBytes(notice));
        writer.WritePropertyName("hilmaStatistics");
        if (!notice.Type.HasStatistics)
        {
            // Not asked for PINs, ex-ante and modification notices: HILMA has nothing (null) or an empty object.
            if (notice.Type.Kind == NoticeKind.Modification)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }
        }
        else if (_options.StatisticsShape == StatisticsShape.Flat)
        {
            writer.WriteStartObject();
            SearchDocumentWriter.WriteStatisticsFields(writer, notice.Statistics);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartObject();
            foreach (var lot in notice.Lots)
            {
                writer.WriteStartObject(lot.Id);
                SearchDocumentWriter.WriteStatisticsFields(writer, lot.Statistics);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteString("dateCreated", SearchDocumentWriter.Instant(entry.DatePublished));
        writer.WriteString("dateModified", SearchDocumentWriter.Instant(entry.DateModified));
        writer.WriteEndObject();
    }

    private static async Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", status == 404 ? "https://tools.ietf.org/html/rfc9110#section-15.5.5" : "https://tools.ietf.org/html/rfc9110#section-15.5.1");
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteString("instance", context.Request.Path.Value);
            writer.WriteEndObject();
        }

        await WriteBytesAsync(context, status, "application/problem+json", buffer);
    }

    private static Task WriteRawAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted).AsTask();
    }

    private static async Task WriteBytesAsync(HttpContext context, int status, string contentType, MemoryStream buffer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
