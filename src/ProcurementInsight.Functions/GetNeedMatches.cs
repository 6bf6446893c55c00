using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/needs/{id}/matches?top=10</c>, ranked suppliers with evidence for a buyer's own need.</summary>
public sealed class GetNeedMatches(BuyerApi api)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetNeedMatches";

    /// <summary>The matches; 400, 401, 404 or 429 otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = BuyerApi.MatchesRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await api.GetNeedMatchesAsync(request.Headers[BuyerKeys.HeaderName].ToString(), BrokerHttp.ClientAddress(request), id, request.Query["top"].ToString(), cancellationToken);
        return BrokerHttp.ToResult(response, request);
    }
}
