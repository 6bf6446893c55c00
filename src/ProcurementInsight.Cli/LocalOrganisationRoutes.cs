using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProcurementInsight.Core.Pages;
using ProcurementInsight.Ml.OrganisationProfiles;
using ProcurementInsight.Web;

namespace ProcurementInsight.Cli;

/// <summary>The organisation profile routes of <see cref="LocalTwin"/>, as the function app's <c>GetOrganisation</c>, <c>GetOrganisationPage</c>, <c>ListOrganisations</c> and <c>GetOrganisationProfile</c>.</summary>
internal static class LocalOrganisationRoutes
{
    public static void Map(WebApplication app, string prefix)
    {
        app.MapGet($"/{prefix}/{OrganisationQuery.Route}", async (string businessId, HttpContext http, OrganisationQuery query, CancellationToken cancellationToken) =>
            Write(http, await query.GetAsync(businessId, cancellationToken))).Function("GetOrganisation");
        app.MapGet($"/{prefix}/{OrganisationQuery.PageRoute}", async (string businessId, HttpContext http, OrganisationQuery query, CancellationToken cancellationToken) =>
            Write(http, await query.GetPageAsync(businessId, http.Request.Query["lang"].FirstOrDefault(), cancellationToken))).Function("GetOrganisationPage");
        app.MapGet($"/{prefix}/{OrganisationQuery.ListRoute}", async (HttpContext http, OrganisationQuery query, CancellationToken cancellationToken) =>
            Write(http, await query.ListAsync(http.Request.Query["sector"].FirstOrDefault(), cancellationToken))).Function("ListOrganisations");
        app.MapGet($"/{prefix}/{OrganisationQuery.RespondentRoute}", async (string token, HttpContext http, OrganisationQuery query, CancellationToken cancellationToken) =>
            Write(http, await query.GetRespondentPageAsync(token, http.Request.Query["lang"].FirstOrDefault(), cancellationToken))).Function("GetOrganisationProfile");
    }

    private static IResult Write(HttpContext http, OrganisationQueryResult result)
    {
        if (result.Html is { } html)
        {
            foreach (var (name, value) in PageHeaders.Headers)
            {
                http.Response.Headers[name] = value;
            }

            return Results.Content(html, RenderedPage.ContentType, statusCode: result.Status);
        }

        return result.Json is { } json
            ? Results.Content(json, "application/json; charset=utf-8", statusCode: result.Status)
            : Results.Problem(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail });
    }
}
