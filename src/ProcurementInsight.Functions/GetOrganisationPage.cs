using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/organisations/{businessId}/page?lang=fi|sv|en</c>, the profile page of one buyer organisation for analysts (function key).</summary>
public sealed class GetOrganisationPage(OrganisationQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetOrganisationPage";

    /// <summary>The page; problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = OrganisationQuery.PageRoute)] HttpRequest request,
        string businessId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrganisationHttp.ToResult(await query.GetPageAsync(businessId, request.Query["lang"].FirstOrDefault(), cancellationToken), request);
    }
}
