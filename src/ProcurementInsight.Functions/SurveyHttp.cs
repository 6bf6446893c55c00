using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProcurementInsight.Survey.Forms;

namespace ProcurementInsight.Functions;

/// <summary>Maps survey pages onto HTTP results with the pages' headers.</summary>
internal static class SurveyHttp
{
    public static ContentResult Page(HttpRequest request, SurveyPage page)
    {
        foreach (var (name, value) in SurveyPage.Headers)
        {
            request.HttpContext.Response.Headers[name] = value;
        }

        return new ContentResult { StatusCode = page.StatusCode, Content = page.Html, ContentType = SurveyPage.ContentType };
    }
}
