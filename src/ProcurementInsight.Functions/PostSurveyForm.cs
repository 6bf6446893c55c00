using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>POST /api/survey/{token}</c>, saves an answer or an opt-out. Anonymous: the signed token is the proof.</summary>
public sealed class PostSurveyForm(SurveyFormService form)
{
    /// <summary>The function name.</summary>
    public const string Name = "PostSurveyForm";

    /// <summary>Reads at most the configured form size (413 beyond it) and saves.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SurveyFormService.Route)] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await FormBody.ReadAsync(request.Body, request.ContentLength, request.ContentType, form.MaxFormBytes, cancellationToken);
        return SurveyHttp.Page(request, await form.PostAsync(token, body, request.Headers.AcceptLanguage.ToString(), cancellationToken));
    }
}
