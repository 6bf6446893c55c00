using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProcurementInsight.Survey.Reports;

namespace ProcurementInsight.Functions;

/// <summary>HTTP: <c>GET /api/surveys/export</c>, every survey answer as CSV joined with its notice; function key required.</summary>
public sealed class ExportSurveyAnswers(SurveyReport report)
{
    /// <summary>The function name.</summary>
    public const string Name = "ExportSurveyAnswers";

    /// <summary>The route below the <c>api</c> prefix.</summary>
    public const string Route = "surveys/export";

    /// <summary>Writes the CSV (no contact e-mails).</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var csv = new StringWriter();
        await report.ExportCsvAsync(csv, cancellationToken);
        request.HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"survey-answers.csv\"";
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new FileContentResult(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8");
    }
}
