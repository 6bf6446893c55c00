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

namespace ProcurementInsight.Cli;

/// <summary>
/// What <c>serve</c> runs: the function app's HTTP functions on the same routes and its timer
/// functions on the same schedule settings, calling the same services. A test compares these tables
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
        new("PostNeed", "POST", BuyerApi.NeedsRoute),
        new("GetNeedMatches", "GET", BuyerApi.MatchesRoute),
        new("GetSupplier", "GET", BuyerApi.SupplierRoute),
        new("BuyerPage", "GET", BrokerPages.BuyerRoute),
        new("BuyerPage", "POST", BrokerPages.BuyerRoute),
        new("BrokerView", "GET", BrokerPages.BrokerRoute),
    ];

    /// <summary>Timer functions: name, schedule setting, default schedule, and the work.</summary>
    public static readonly IReadOnlyList<LocalJob> Jobs =
    [
        new("HarvestNotices", HarvestSchedule.SettingName, HarvestSchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(), null, cancellationToken)),
        new("BuildSupplierProfiles", SupplierProfileSchedule.SettingName, SupplierProfileSchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<SupplierProfileJob>().RunAsync(cancellationToken)),
    ];

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
        app.MapGet($"/{RoutePrefix}/health", () => Results.Ok(new { status = "healthy" }));
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
