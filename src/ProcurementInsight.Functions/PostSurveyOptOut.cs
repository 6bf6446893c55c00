using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Functions;

/// <summary>
/// HTTP: <c>POST /api/survey/optout/{key}</c>, the one-click opt-out of RFC 8058 (a mail client's button or
/// the confirmation page): no form token, the signed key is the proof. Anonymous.
/// </summary>
public sealed class PostSurveyOptOut(SurveyFormService form)
{
    /// <summary>The function name.</summary>
    public const string Name = "PostSurveyOptOut";

    /// <summary>Opts the key's address out and closes its open surveys.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SurveyFormService.OptOutRoute)] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyHttp.Page(request, await form.PostOptOutAsync(key, request.Headers.AcceptLanguage.ToString(), cancellationToken));
    }
}
