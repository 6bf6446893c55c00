using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Functions;

/// <summary>
/// HTTP: <c>GET /api/survey/optout/{key}</c>, the confirmation page of a survey mail's <c>List-Unsubscribe</c>
/// link. Changes nothing. Anonymous: the signed key is the proof.
/// </summary>
public sealed class GetSurveyOptOut(SurveyFormService form)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetSurveyOptOut";

    /// <summary>Renders the confirmation in the mail's language, or the polite "not available" page.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SurveyFormService.OptOutRoute)] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyHttp.Page(request, await form.GetOptOutAsync(key, request.Headers.AcceptLanguage.ToString(), cancellationToken));
    }
}
