using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/notices/{id}</c> returns one harvested notice.</summary>
public sealed class GetNotice(NoticeLookup lookup)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetNotice";

    /// <summary>The route below the <c>api</c> prefix.</summary>
    public const string Route = NoticeLookup.Route;

    /// <summary>Finds the notice; 404 problem details when there is none.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Route)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await lookup.FindAsync(id, cancellationToken);
        return result.Notice is { } notice
            ? new OkObjectResult(notice)
            : new ObjectResult(new ProblemDetails { Status = result.Status, Title = result.Title, Detail = result.Detail }) { StatusCode = result.Status };
    }
}
