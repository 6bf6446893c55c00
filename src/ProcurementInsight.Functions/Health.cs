using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Storage;

namespace ProcurementInsight.Functions;

/// <summary>
/// HTTP: <c>GET /api/health</c>, the liveness probe for monitors and deploy checks. Anonymous because a
/// probe carries no key; it says only healthy (200) or unhealthy (503), the reason goes to the log.
/// </summary>
public sealed class Health(StorageHealthProbe probe)
{
    /// <summary>The function name.</summary>
    public const string Name = "Health";

    /// <summary>The route below the <c>api</c> prefix.</summary>
    public const string Route = "health";

    /// <summary>Checks storage and answers.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = await probe.CheckAsync(cancellationToken);
        return new ObjectResult(status.Body) { StatusCode = status.StatusCode };
    }
}
