using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/suppliers/{businessId}</c>, a supplier's profile with its innovation potential.</summary>
public sealed class GetSupplier(BuyerApi api)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetSupplier";

    /// <summary>The profile; 401, 404 or 429 otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = BuyerApi.SupplierRoute)] HttpRequest request,
        string businessId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await api.GetSupplierAsync(request.Headers[BuyerKeys.HeaderName].ToString(), BrokerHttp.ClientAddress(request), businessId, cancellationToken);
        return BrokerHttp.ToResult(response, request);
    }
}
