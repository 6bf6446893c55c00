using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/broker</c>, the broker view of open needs (function key: it is for the broker's staff).</summary>
public sealed class BrokerView(BrokerPages pages)
{
    /// <summary>The function name.</summary>
    public const string Name = "BrokerView";

    /// <summary>The page.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = BrokerPages.BrokerRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BrokerHttp.ToResult(await pages.BrokerViewAsync(request.Query["lang"].ToString(), cancellationToken), request);
    }
}
