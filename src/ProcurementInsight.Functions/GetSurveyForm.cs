using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/survey/{token}</c>, the survey form. Anonymous: the signed token is the proof.</summary>
public sealed class GetSurveyForm(SurveyFormService form)
{
    /// <summary>The function name.</summary>
    public const string Name = "GetSurveyForm";

    /// <summary>Renders the form, the opt-out confirmation (<c>?action=optout</c>) or the polite "not available" page.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SurveyFormService.Route)] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await form.GetAsync(token, request.Query["lang"].FirstOrDefault(), request.Query["action"].FirstOrDefault(), request.Headers.AcceptLanguage.ToString(), cancellationToken);
        return SurveyHttp.Page(request, page);
    }
}
