using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProcurementInsight.Core.Pages;
using ProcurementInsight.Ml.OrganisationProfiles;
using ProcurementInsight.Web;

namespace ProcurementInsight.Functions;

/// <summary>Maps an <see cref="OrganisationQueryResult"/> to the function's answer: JSON, a page with the pages' headers, or problem details.</summary>
internal static class OrganisationHttp
{
    public static IActionResult ToResult(OrganisationQueryResult result, HttpRequest request)
    {
        if (result.Html is { } html)
        {
            foreach (var (name, value) in PageHeaders.Headers)
            {
                request.HttpContext.Response.Headers[name] = value;
            }

            return new ContentResult { Content = html, ContentType = RenderedPage.ContentType, StatusCode = result.Status };
        }

        return result.Json is { } json
            ? new ContentResult { Content = json, ContentType = "application/json; charset=utf-8", StatusCode = result.Status }
            : new ObjectResult(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail }) { StatusCode = result.Status };
    }
}
