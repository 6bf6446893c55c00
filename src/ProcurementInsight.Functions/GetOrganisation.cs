using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/organisations/{businessId}</c>, the JSON profile of one buyer organisation (function key: for analysts).</summary>
public sealed class GetOrganisation(OrganisationQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetOrganisation";

    /// <summary>The answer; problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = OrganisationQuery.Route)] HttpRequest request,
        string businessId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrganisationHttp.ToResult(await query.GetAsync(businessId, cancellationToken), request);
    }
}
