using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET|POST /api/buyer</c>, the buyer page (the API key is a form field, checked by the handler).</summary>
public sealed class BuyerPage(BrokerPages pages)
{
    /// <summary>The function name.</summary>
    public const string Name = "BuyerPage";

    /// <summary>The page.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = BrokerPages.BuyerRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await BrokerHttp.FormAsync(request, cancellationToken);
        return BrokerHttp.ToResult(await pages.BuyerAsync(request.Query["lang"].ToString(), form, BrokerHttp.ClientAddress(request), cancellationToken), request);
    }
}
