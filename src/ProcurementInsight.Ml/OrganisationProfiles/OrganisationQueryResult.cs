namespace ProcurementInsight.Ml.OrganisationProfiles;

/// <summary>What an organisation endpoint answers: JSON or a page, or a problem (status, title, detail).</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Json">The JSON body (camelCase) on success of a JSON endpoint.</param>
/// <param name="Html">The page on success of a page endpoint (and the "not available" page of a respondent link).</param>
/// <param name="Title">The problem's title.</param>
/// <param name="Detail">The problem's detail, in plain words.</param>
public sealed record OrganisationQueryResult(int Status, string? Json, string? Html, string? Title, string? Detail)
{
    /// <summary>A problem.</summary>
    public static OrganisationQueryResult Problem(int status, string title, string detail) => new(status, null, null, title, detail);
}
