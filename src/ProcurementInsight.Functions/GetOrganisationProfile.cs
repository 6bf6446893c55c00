using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Ml.OrganisationProfiles;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/profile/{token}</c>, a respondent's view of its own organisation's profile, opened by the signed link on the survey's thank-you page (anonymous: the token is the key).</summary>
public sealed class GetOrganisationProfile(OrganisationQuery query)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetOrganisationProfile";

    /// <summary>The answer; problem details otherwise.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = OrganisationQuery.RespondentRoute)] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrganisationHttp.ToResult(await query.GetRespondentPageAsync(token, request.Query["lang"].FirstOrDefault(), cancellationToken), request);
    }
}
