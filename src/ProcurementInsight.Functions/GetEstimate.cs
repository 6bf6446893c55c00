using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/estimates/{year}?definition=market|buyer|any</c> returns the year's innovative share as JSON.</summary>
public sealed class GetEstimate(EstimateQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetEstimate";

    /// <summary>The estimate (one object for a definition, an array for all three); problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = EstimateQuery.Route)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await query.GetAsync(year, request.Query["definition"].FirstOrDefault(), cancellationToken);
        return result.Body is { } body
            ? new OkObjectResult(body)
            : new ObjectResult(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail }) { StatusCode = result.Status };
    }
}
