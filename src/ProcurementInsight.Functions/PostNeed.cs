using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>POST /api/needs</c>, a buyer submits a need (API key in <c>X-Api-Key</c>, checked by the handler).</summary>
public sealed class PostNeed(BuyerApi api)
{
    /// <summary>The function name.</summary>
    public const string Name = "PostNeed";

    /// <summary>Saves the need; 201, 400, 401 or 429.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = BuyerApi.NeedsRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await api.PostNeedAsync(request.Headers[BuyerKeys.HeaderName].ToString(), BrokerHttp.ClientAddress(request), request.ContentType, request.ContentLength, request.Body, cancellationToken);
        return BrokerHttp.ToResult(response, request);
    }
}
