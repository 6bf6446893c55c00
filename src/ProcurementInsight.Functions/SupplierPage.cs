using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Broker.Web;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET|POST /api/supplier</c>, the supplier page (the key and business id are form fields, checked by the handler).</summary>
public sealed class SupplierPage(SupplierApi api)
{
    /// <summary>The function name.</summary>
    public const string Name = "SupplierPage";

    /// <summary>The page.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = SupplierApi.PageRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await BrokerHttp.FormAsync(request, cancellationToken);
        return BrokerHttp.ToResult(await api.PageAsync(request.Query["lang"].ToString(), form, BrokerHttp.ClientAddress(request), cancellationToken), request);
    }
}
