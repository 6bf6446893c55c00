using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/suppliers/{businessId}/opportunities?lang=</c>, the open needs and competitions that fit a company (supplier key in <c>X-Api-Key</c>).</summary>
public sealed class GetSupplierOpportunities(SupplierApi api)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetSupplierOpportunities";

    /// <summary>The opportunities; 400, 401, 403 or 429 otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SupplierApi.OpportunitiesRoute)] HttpRequest request,
        string businessId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await api.GetOpportunitiesAsync(request.Headers[BuyerKeys.HeaderName].ToString(), BrokerHttp.ClientAddress(request), businessId, request.Query["lang"].ToString(), cancellationToken);
        return BrokerHttp.ToResult(response, request);
    }
}
