using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/organisations</c>, the buyer organisations, <c>?sector=</c>, by procurements then name (function key).</summary>
public sealed class ListOrganisations(OrganisationQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "ListOrganisations";

    /// <summary>The answer; problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = OrganisationQuery.ListRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrganisationHttp.ToResult(await query.ListAsync(request.Query["sector"].FirstOrDefault(), cancellationToken), request);
    }
}
