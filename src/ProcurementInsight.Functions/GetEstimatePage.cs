using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Core.Pages;
using ProcurementInsight.Ml;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/estimates/{year}/page?definition=</c> renders the analyst page of the year's estimates.</summary>
public sealed class GetEstimatePage(EstimateQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetEstimatePage";

    /// <summary>The HTML page; problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = EstimateQuery.PageRoute)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await query.GetPageAsync(year, request.Query["definition"].FirstOrDefault(), cancellationToken);
        if (result.Html is not null)
        {
            foreach (var (name, value) in PageHeaders.Headers)
            {
                request.HttpContext.Response.Headers[name] = value;
            }
        }

        return result.Html is { } html
            ? new ContentResult { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = 200 }
            : new ObjectResult(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail }) { StatusCode = result.Status };
    }
}
