using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Pages;
using ProcurementInsight.Hilma;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Survey.Reports;
using ProcurementInsight.Ml;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Cli;

/// <summary>
/// What <c>serve</c> runs: the function app's HTTP functions on the same routes and its timer
/// functions on the same schedule settings, its queue functions on the same queues, calling the same services. A test compares these tables
/// with the function app's generated <c>functions.metadata</c>.
/// </summary>
internal static class LocalTwin
{
    /// <summary>The <c>api</c> route prefix of host.json.</summary>
    public const string RoutePrefix = "api";

    /// <summary>HTTP functions: name, method, route (below the prefix) and who may call it (the app's authorization level).</summary>
    public static readonly IReadOnlyList<LocalRoute> Routes =
    [
        new("GetNotice", "GET", NoticeLookup.Route, AccessLevel.Function),
        new("Health", "GET", "health", AccessLevel.Anonymous),
        new("GetSurveyForm", "GET", SurveyFormService.Route, AccessLevel.Anonymous),
        new("PostSurveyForm", "POST", SurveyFormService.Route, AccessLevel.Anonymous),
        new("GetSurveyOptOut", "GET", SurveyFormService.OptOutRoute, AccessLevel.Anonymous),
        new("PostSurveyOptOut", "POST", SurveyFormService.OptOutRoute, AccessLevel.Anonymous),
        new("ExportSurveyAnswers", "GET", ExportRoute, AccessLevel.Function),
        new("GetEstimate", "GET", EstimateQuery.Route, AccessLevel.Function),
        new("GetEstimatePage", "GET", EstimateQuery.PageRoute, AccessLevel.Function),
        new("PostNeed", "POST", BuyerApi.NeedsRoute, AccessLevel.Anonymous),
        new("GetNeedMatches", "GET", BuyerApi.MatchesRoute, AccessLevel.Anonymous),
        new("GetSupplier", "GET", BuyerApi.SupplierRoute, AccessLevel.Anonymous),
        new("BuyerPage", "GET", BrokerPages.BuyerRoute, AccessLevel.Anonymous),
        new("BuyerPage", "POST", BrokerPages.BuyerRoute, AccessLevel.Anonymous),
        new("BrokerView", "GET", BrokerPages.BrokerRoute, AccessLevel.Function),
        new("GetOrganisation", "GET", OrganisationQuery.Route, AccessLevel.Function),
        new("GetOrganisationPage", "GET", OrganisationQuery.PageRoute, AccessLevel.Function),
        new("ListOrganisations", "GET", OrganisationQuery.ListRoute, AccessLevel.Function),
        new("GetOrganisationProfile", "GET", OrganisationQuery.RespondentRoute, AccessLevel.Anonymous),
        new("GetSupplierOpportunities", "GET", SupplierApi.OpportunitiesRoute, AccessLevel.Anonymous),
        new("SupplierPage", "GET", SupplierApi.PageRoute, AccessLevel.Anonymous),
        new("SupplierPage", "POST", SupplierApi.PageRoute, AccessLevel.Anonymous),
    ];

    /// <summary>Timer functions: name, schedule setting, default schedule, and the work.</summary>
    public static readonly IReadOnlyList<LocalJob> Jobs =
    [
        new("HarvestNotices", HarvestSchedule.SettingName, HarvestSchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<ScheduledHarvest>().RunAsync(cancellationToken)),
        new("SendSurveyReminders", SurveySchedule.SettingName, SurveySchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<SurveyDispatcher>().DispatchDueAsync(cancellationToken)),
        new("TrainClassifier", MlOptions.TrainScheduleSetting, MlOptions.TrainScheduleDefault, async (services, cancellationToken) =>
            await services.GetRequiredService<ClassifierTraining>().TrainAsync(cancellationToken)),
        new("PublishEstimate", MlOptions.PublishScheduleSetting, MlOptions.PublishScheduleDefault, async (services, cancellationToken) =>
            await services.GetRequiredService<EstimatePublisher>().PublishAsync(cancellationToken)),
        new("BuildSupplierProfiles", SupplierProfileSchedule.SettingName, SupplierProfileSchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<SupplierProfileJob>().RunAsync(cancellationToken)),
    ];

    /// <summary>Queue functions: name, queue (base name), and the work for one message.</summary>
    public static readonly IReadOnlyList<LocalQueueHandler> QueueHandlers =
    [
        new("DispatchSurveys", StorageLayout.SurveyTriggersQueueName, async (services, message, dequeueCount, cancellationToken) =>
            await services.GetRequiredService<SurveyTriggerHandler>().HandleAsync(message, dequeueCount, cancellationToken)),
    ];

    /// <summary>The route of the survey answer export, as the function app's <c>ExportSurveyAnswers</c>.</summary>
    public const string ExportRoute = "surveys/export";

    /// <summary>Maps every route of <see cref="Routes"/> onto the app.</summary>
    public static void MapRoutes(WebApplication app)
    {
        app.MapGet($"/{RoutePrefix}/{NoticeLookup.Route}", async (string id, NoticeLookup lookup, CancellationToken cancellationToken) =>
        {
            var result = await lookup.FindAsync(id, cancellationToken);
            return result.Notice is { } notice
                ? Results.Json(notice, CliJson.Options)
                : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
        }).Function("GetNotice");
        app.MapGet($"/{RoutePrefix}/health", async (StorageHealthProbe probe, CancellationToken cancellationToken) =>
        {
            var status = await probe.CheckAsync(cancellationToken);
            return Results.Json(status.Body, statusCode: status.StatusCode);
        }).Function("Health");
        app.MapGet($"/{RoutePrefix}/{SurveyFormService.Route}", async (string token, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.GetAsync(token, http.Request.Query["lang"].FirstOrDefault(), http.Request.Query["action"].FirstOrDefault(), http.Request.Headers.AcceptLanguage.ToString(), cancellationToken)))
            .Function("GetSurveyForm");
        app.MapPost($"/{RoutePrefix}/{SurveyFormService.Route}", async (string token, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
        {
            var body = await FormBody.ReadAsync(http.Request.Body, http.Request.ContentLength, http.Request.ContentType, form.MaxFormBytes, cancellationToken);
            return SurveyPage(http, await form.PostAsync(token, body, http.Request.Headers.AcceptLanguage.ToString(), cancellationToken));
        }).Function("PostSurveyForm").DisableAntiforgery();
        app.MapGet($"/{RoutePrefix}/{SurveyFormService.OptOutRoute}", async (string key, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.GetOptOutAsync(key, http.Request.Headers.AcceptLanguage.ToString(), cancellationToken)))
            .Function("GetSurveyOptOut");
        app.MapPost($"/{RoutePrefix}/{SurveyFormService.OptOutRoute}", async (string key, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.PostOptOutAsync(key, http.Request.Headers.AcceptLanguage.ToString(), cancellationToken)))
            .Function("PostSurveyOptOut").DisableAntiforgery();
        app.MapGet($"/{RoutePrefix}/{ExportRoute}", async (HttpContext http, SurveyReport report, CancellationToken cancellationToken) =>
        {
            await using var csv = new StringWriter();
            await report.ExportCsvAsync(csv, cancellationToken);
            http.Response.Headers.ContentDisposition = "attachment; filename=\"survey-answers.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
        }).Function("ExportSurveyAnswers");
        app.MapGet($"/{RoutePrefix}/{EstimateQuery.Route}", async (string year, string? definition, EstimateQuery query, CancellationToken cancellationToken) =>
        {
            var result = await query.GetAsync(year, definition, cancellationToken);
            return result.Body is { } body
                ? Results.Json(body, CliJson.Options)
                : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
        }).Function("GetEstimate");
        app.MapGet($"/{RoutePrefix}/{EstimateQuery.PageRoute}", async (HttpContext context, string year, string? definition, EstimateQuery query, CancellationToken cancellationToken) =>
        {
            var result = await query.GetPageAsync(year, definition, cancellationToken);
            if (result.Html is not null)
            {
                foreach (var (name, value) in PageHeaders.Headers)
                {
                    context.Response.Headers[name] = value;
                }
            }

            return result.Html is { } html
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
        }).Function("GetEstimatePage");
        app.MapPost($"/{RoutePrefix}/{BuyerApi.NeedsRoute}", async (HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
        {
            try
            {
                return Write(context, await api.PostNeedAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), ClientAddress(context), context.Request.ContentType, context.Request.ContentLength, context.Request.Body, cancellationToken));
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Kestrel counts the bytes it receives, which may run ahead of what the handler has read.
                return Write(context, BuyerApi.TooLarge());
            }
        })
            // Kestrel stops reading a body past the need limit, so a large chunked body is not received at all.
            .WithMetadata(new RequestSizeLimitAttribute(BuyerApi.MaxNeedBytes))
            .Function("PostNeed");
        app.MapGet($"/{RoutePrefix}/{BuyerApi.MatchesRoute}", async (string id, HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
            Write(context, await api.GetNeedMatchesAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), ClientAddress(context), id, context.Request.Query["top"].ToString(), cancellationToken))).Function("GetNeedMatches");
        app.MapGet($"/{RoutePrefix}/{BuyerApi.SupplierRoute}", async (string businessId, HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
            Write(context, await api.GetSupplierAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), ClientAddress(context), businessId, cancellationToken))).Function("GetSupplier");
        app.MapMethods($"/{RoutePrefix}/{BrokerPages.BuyerRoute}", ["GET", "POST"], async (HttpContext context, BrokerPages pages, CancellationToken cancellationToken) =>
            Write(context, await pages.BuyerAsync(context.Request.Query["lang"].ToString(), await FormAsync(context, cancellationToken), ClientAddress(context), cancellationToken))).Function("BuyerPage");
        app.MapGet($"/{RoutePrefix}/{BrokerPages.BrokerRoute}", async (HttpContext context, BrokerPages pages, CancellationToken cancellationToken) =>
            Write(context, await pages.BrokerViewAsync(context.Request.Query["lang"].ToString(), cancellationToken))).Function("BrokerView");
        LocalOrganisationRoutes.Map(app, RoutePrefix);
        app.MapGet($"/{RoutePrefix}/{SupplierApi.OpportunitiesRoute}", async (string businessId, HttpContext context, SupplierApi api, CancellationToken cancellationToken) =>
            Write(context, await api.GetOpportunitiesAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), ClientAddress(context), businessId, context.Request.Query["lang"].ToString(), cancellationToken))).Function("GetSupplierOpportunities");
        app.MapMethods($"/{RoutePrefix}/{SupplierApi.PageRoute}", ["GET", "POST"], async (HttpContext context, SupplierApi api, CancellationToken cancellationToken) =>
            Write(context, await api.PageAsync(context.Request.Query["lang"].ToString(), await FormAsync(context, cancellationToken), ClientAddress(context), cancellationToken))).Function("SupplierPage");
    }

    /// <summary>
    /// Names the endpoint after its function and, when <see cref="Routes"/> gives the function a level above
    /// Anonymous, answers 401 unless the request carries a key that opens it (see <see cref="FunctionKeys"/>).
    /// </summary>
    internal static RouteHandlerBuilder Function(this RouteHandlerBuilder endpoint, string functionName)
    {
        var level = Routes.Where(r => r.FunctionName == functionName).Select(r => r.Level).Distinct().Single();
        endpoint.WithName(functionName);
        if (level == AccessLevel.Anonymous)
        {
            return endpoint;
        }

        return endpoint.AddEndpointFilter(async (context, next) =>
        {
            var keys = context.HttpContext.RequestServices.GetRequiredService<FunctionKeys>();
            if (keys.Allows(level, context.HttpContext.Request))
            {
                return await next(context);
            }

            var detail = keys.Any
                ? $"This route needs a {(level == AccessLevel.Admin ? "master" : "function")} key: send it in the {FunctionKeys.HeaderName} header or as ?{FunctionKeys.QueryName}=."
                : "serve has no function key, so routes that need one stay closed: " + FunctionKeys.HowToSet + ".";
            return Results.Problem(new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Key needed", Detail = detail });
        });
    }

    private static IResult SurveyPage(HttpContext http, SurveyPage page)
    {
        foreach (var (name, value) in Survey.Forms.SurveyPage.Headers)
        {
            http.Response.Headers[name] = value;
        }

        return Results.Text(page.Html, Survey.Forms.SurveyPage.ContentType, statusCode: page.StatusCode);
    }

    /// <summary>A posted form's fields (empty when not a form), or null for GET, as the function app reads them.</summary>
    private static async Task<IReadOnlyDictionary<string, string?>?> FormAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }

        return context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(cancellationToken)).ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string?>();
    }

    /// <summary>The connection's remote address, as the function app reads it, for the broker's failed-key limit.</summary>
    private static string? ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    private static IResult Write(HttpContext context, BrokerResponse response)
    {
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        return Results.Content(response.Body, response.ContentType, statusCode: response.Status);
    }
}
