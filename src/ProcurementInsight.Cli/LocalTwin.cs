using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.Web;
using ProcurementInsight.Core.Harvesting;
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

    /// <summary>HTTP functions: name, method, route (below the prefix).</summary>
    public static readonly IReadOnlyList<LocalRoute> Routes =
    [
        new("GetNotice", "GET", NoticeLookup.Route),
        new("Health", "GET", "health"),
        new("GetSurveyForm", "GET", SurveyFormService.Route),
        new("PostSurveyForm", "POST", SurveyFormService.Route),
        new("GetSurveyOptOut", "GET", SurveyFormService.OptOutRoute),
        new("PostSurveyOptOut", "POST", SurveyFormService.OptOutRoute),
        new("ExportSurveyAnswers", "GET", ExportRoute),
        new("GetEstimate", "GET", EstimateQuery.Route),
        new("GetEstimatePage", "GET", EstimateQuery.PageRoute),
        new("PostNeed", "POST", BuyerApi.NeedsRoute),
        new("GetNeedMatches", "GET", BuyerApi.MatchesRoute),
        new("GetSupplier", "GET", BuyerApi.SupplierRoute),
        new("BuyerPage", "GET", BrokerPages.BuyerRoute),
        new("BuyerPage", "POST", BrokerPages.BuyerRoute),
        new("BrokerView", "GET", BrokerPages.BrokerRoute),
        new("GetOrganisation", "GET", OrganisationQuery.Route),
        new("GetOrganisationPage", "GET", OrganisationQuery.PageRoute),
        new("ListOrganisations", "GET", OrganisationQuery.ListRoute),
        new("GetOrganisationProfile", "GET", OrganisationQuery.RespondentRoute),
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
        }).WithName("GetNotice");
        app.MapGet($"/{RoutePrefix}/health", async (StorageHealthProbe probe, CancellationToken cancellationToken) =>
        {
            var status = await probe.CheckAsync(cancellationToken);
            return Results.Json(status.Body, statusCode: status.StatusCode);
        }).WithName("Health");
        app.MapGet($"/{RoutePrefix}/{SurveyFormService.Route}", async (string token, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.GetAsync(token, http.Request.Query["lang"].FirstOrDefault(), http.Request.Query["action"].FirstOrDefault(), cancellationToken)))
            .WithName("GetSurveyForm");
        app.MapPost($"/{RoutePrefix}/{SurveyFormService.Route}", async (string token, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
        {
            var body = await FormBody.ReadAsync(http.Request.Body, http.Request.ContentLength, http.Request.ContentType, form.MaxFormBytes, cancellationToken);
            return SurveyPage(http, await form.PostAsync(token, body, cancellationToken));
        }).WithName("PostSurveyForm").DisableAntiforgery();
        app.MapGet($"/{RoutePrefix}/{SurveyFormService.OptOutRoute}", async (string key, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.GetOptOutAsync(key, cancellationToken)))
            .WithName("GetSurveyOptOut");
        app.MapPost($"/{RoutePrefix}/{SurveyFormService.OptOutRoute}", async (string key, HttpContext http, SurveyFormService form, CancellationToken cancellationToken) =>
            SurveyPage(http, await form.PostOptOutAsync(key, cancellationToken)))
            .WithName("PostSurveyOptOut").DisableAntiforgery();
        app.MapGet($"/{RoutePrefix}/{ExportRoute}", async (HttpContext http, SurveyReport report, CancellationToken cancellationToken) =>
        {
            await using var csv = new StringWriter();
            await report.ExportCsvAsync(csv, cancellationToken);
            http.Response.Headers.ContentDisposition = "attachment; filename=\"survey-answers.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
        }).WithName("ExportSurveyAnswers");
        app.MapGet($"/{RoutePrefix}/{EstimateQuery.Route}", async (string year, string? definition, EstimateQuery query, CancellationToken cancellationToken) =>
        {
            var result = await query.GetAsync(year, definition, cancellationToken);
            return result.Body is { } body
                ? Results.Json(body, CliJson.Options)
                : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
        }).WithName("GetEstimate");
        app.MapGet($"/{RoutePrefix}/{EstimateQuery.PageRoute}", async (string year, string? definition, EstimateQuery query, CancellationToken cancellationToken) =>
        {
            var result = await query.GetPageAsync(year, definition, cancellationToken);
            return result.Html is { } html
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
        }).WithName("GetEstimatePage");
        app.MapPost($"/{RoutePrefix}/{BuyerApi.NeedsRoute}", async (HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
            Write(context, await api.PostNeedAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), context.Request.Body, cancellationToken))).WithName("PostNeed");
        app.MapGet($"/{RoutePrefix}/{BuyerApi.MatchesRoute}", async (string id, HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
            Write(context, await api.GetNeedMatchesAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), id, context.Request.Query["top"].ToString(), cancellationToken))).WithName("GetNeedMatches");
        app.MapGet($"/{RoutePrefix}/{BuyerApi.SupplierRoute}", async (string businessId, HttpContext context, BuyerApi api, CancellationToken cancellationToken) =>
            Write(context, await api.GetSupplierAsync(context.Request.Headers[BuyerKeys.HeaderName].ToString(), businessId, cancellationToken))).WithName("GetSupplier");
        app.MapMethods($"/{RoutePrefix}/{BrokerPages.BuyerRoute}", ["GET", "POST"], async (HttpContext context, BrokerPages pages, CancellationToken cancellationToken) =>
        {
            IReadOnlyDictionary<string, string?>? form = null;
            if (HttpMethods.IsPost(context.Request.Method))
            {
                form = context.Request.HasFormContentType
                    ? (await context.Request.ReadFormAsync(cancellationToken)).ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal)
                    : new Dictionary<string, string?>();
            }

            return Write(context, await pages.BuyerAsync(context.Request.Query["lang"].ToString(), form, cancellationToken));
        }).WithName("BuyerPage");
        app.MapGet($"/{RoutePrefix}/{BrokerPages.BrokerRoute}", async (HttpContext context, BrokerPages pages, CancellationToken cancellationToken) =>
            Write(context, await pages.BrokerViewAsync(context.Request.Query["lang"].ToString(), cancellationToken))).WithName("BrokerView");
        LocalOrganisationRoutes.Map(app, RoutePrefix);
    }

    private static IResult SurveyPage(HttpContext http, SurveyPage page)
    {
        foreach (var (name, value) in Survey.Forms.SurveyPage.Headers)
        {
            http.Response.Headers[name] = value;
        }

        return Results.Text(page.Html, Survey.Forms.SurveyPage.ContentType, statusCode: page.StatusCode);
    }

    private static IResult Write(HttpContext context, BrokerResponse response)
    {
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        return Results.Content(response.Body, response.ContentType, statusCode: response.Status);
    }
}
