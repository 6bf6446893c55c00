using Refit;

namespace ProcurementInsight.Broker.Register;

/// <summary>
/// The PRH/YTJ open data company API v3 (<c>https://avoindata.prh.fi/opendata-ytj-api/v3/</c>), no
/// authorisation. An unknown business id answers 200 with no companies; a page past the end answers
/// the FIRST page again (CONTRACTS.md B.2), so callers page by <c>totalResults</c>.
/// </summary>
public interface IPrhApi
{
    /// <summary>Companies by business id or name, 100 per page (page 1-based).</summary>
    [Get("/companies")]
    Task<IApiResponse<PrhCompanyResult>> GetCompaniesAsync(
        [AliasAs("businessId")] string? businessId,
        [AliasAs("name")] string? name,
        [AliasAs("page")] int? page,
        CancellationToken cancellationToken);

    /// <summary>
    /// Companies by the v3 filters <c>mainBusinessLine</c> (TOL 2008 code), <c>location</c> (post town) and
    /// registration dates (<c>yyyy-MM-dd</c>), 100 per page; a null filter is left out of the query.
    /// </summary>
    [Get("/companies")]
    Task<IApiResponse<PrhCompanyResult>> SearchCompaniesAsync(
        [AliasAs("mainBusinessLine")] string? mainBusinessLine,
        [AliasAs("location")] string? location,
        [AliasAs("registrationDateStart")] string? registrationDateStart,
        [AliasAs("registrationDateEnd")] string? registrationDateEnd,
        [AliasAs("page")] int? page,
        CancellationToken cancellationToken);
}
