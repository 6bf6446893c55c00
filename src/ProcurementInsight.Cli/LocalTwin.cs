using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Hilma;
using ProcurementInsight.Hilma.Harvesting;
using ProcurementInsight.Ml;

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
        new("GetEstimate", "GET", EstimateQuery.Route),
        new("GetEstimatePage", "GET", EstimateQuery.PageRoute),
    ];

    /// <summary>Timer functions: name, schedule setting, default schedule, and the work.</summary>
    public static readonly IReadOnlyList<LocalJob> Jobs =
    [
        new("HarvestNotices", HarvestSchedule.SettingName, HarvestSchedule.Default, async (services, cancellationToken) =>
            await services.GetRequiredService<NoticeHarvester>().HarvestAsync(new HarvestRequest(), null, cancellationToken)),
        new("TrainClassifier", MlOptions.TrainScheduleSetting, MlOptions.TrainScheduleDefault, async (services, cancellationToken) =>
            await services.GetRequiredService<ClassifierTraining>().TrainAsync(cancellationToken)),
        new("PublishEstimate", MlOptions.PublishScheduleSetting, MlOptions.PublishScheduleDefault, async (services, cancellationToken) =>
            await services.GetRequiredService<EstimatePublisher>().PublishAsync(cancellationToken)),
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
        app.MapGet($"/{RoutePrefix}/health", () => Results.Ok(new { status = "healthy" }));
    }
}
