using System.Text.Json;
using System.Text.Json.Serialization;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;
using ProcurementInsight.Web;
using ProcurementInsight.Web.Organisations;

namespace ProcurementInsight.Ml.OrganisationProfiles;

/// <summary>
/// What the organisation endpoints answer, for the function app and its local twin alike: the analysts' JSON, page and
/// list (function key) and the respondents' view opened by the signed link on the survey's thank-you page.
/// </summary>
public sealed class OrganisationQuery(OrganisationProfileService profiles, PageRenderer pages, IOrganisationProfileLinks? links = null)
{
    /// <summary>The JSON route below the <c>api</c> prefix.</summary>
    public const string Route = "organisations/{businessId}";

    /// <summary>The analysts' page route.</summary>
    public const string PageRoute = "organisations/{businessId}/page";

    /// <summary>The list route (<c>?sector=</c>).</summary>
    public const string ListRoute = "organisations";

    /// <summary>The respondents' view, opened by the signed link (anonymous: the token is the key).</summary>
    public const string RespondentRoute = "profile/{token}";

    /// <summary>JSON as both hosts write it: camelCase, enums as camelCase names.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>One organisation's profile as JSON.</summary>
    public async Task<OrganisationQueryResult> GetAsync(string? businessId, CancellationToken cancellationToken)
    {
        var (profile, problem) = await FindAsync(businessId, cancellationToken);
        return profile is null ? problem! : new OrganisationQueryResult(200, JsonSerializer.Serialize(profile, JsonOptions), null, null, null); // FindAsync gives a problem when it finds no profile.
    }

    /// <summary>One organisation's profile page for analysts.</summary>
    public async Task<OrganisationQueryResult> GetPageAsync(string? businessId, string? language, CancellationToken cancellationToken)
    {
        var (profile, problem) = await FindAsync(businessId, cancellationToken);
        if (profile is null)
        {
            return problem!; // FindAsync gives a problem when it finds no profile.
        }

        var html = await pages.RenderAsync<ProfilePage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ProfilePage.Profile)] = profile,
            [nameof(ProfilePage.Language)] = PageTexts.Normalize(language),
            [nameof(ProfilePage.Respondent)] = false,
        });
        return new OrganisationQueryResult(200, null, html, null, null);
    }

    /// <summary>Every organisation (of a sector), by procurements then name, ranked by share only where the share is known well enough.</summary>
    public async Task<OrganisationQueryResult> ListAsync(string? sector, CancellationToken cancellationToken)
    {
        Sector? wanted = null;
        if (!string.IsNullOrWhiteSpace(sector))
        {
            if (!TryParseSector(sector, out var parsed))
            {
                return OrganisationQueryResult.Problem(400, "Unknown sector", "Use sector=state, municipal, other or unknown.");
            }

            wanted = parsed;
        }

        var list = await ListEntriesAsync(wanted, cancellationToken);
        return new OrganisationQueryResult(200, JsonSerializer.Serialize(list, JsonOptions), null, null, null);
    }

    /// <summary>The list entries (the CLI prints them as a table).</summary>
    public async Task<IReadOnlyList<OrganisationListEntry>> ListEntriesAsync(Sector? sector, CancellationToken cancellationToken)
    {
        var all = await profiles.BuildAsync(cancellationToken);
        return OrganisationProfileBuilder.List(all.Where(p => sector is null || p.Sector == sector));
    }

    /// <summary>
    /// The respondent's view of its own organisation: the same figures without other organisations' names. A forged,
    /// cut or expired link, or an organisation without a profile, gets the one "not available" page (404).
    /// </summary>
    public async Task<OrganisationQueryResult> GetRespondentPageAsync(string? token, string? language, CancellationToken cancellationToken)
    {
        var claim = links?.Verify(token);
        var lang = PageTexts.Normalize(language ?? claim?.Language);
        var profile = claim is null ? null : (await profiles.BuildAsync(cancellationToken)).FirstOrDefault(p => p.BusinessId == claim.BusinessId.Value);
        if (profile is null)
        {
            var notAvailable = await pages.RenderAsync<ProfileNotAvailablePage>(new Dictionary<string, object?>(StringComparer.Ordinal) { [nameof(ProfileNotAvailablePage.Language)] = lang });
            return new OrganisationQueryResult(404, null, notAvailable, null, null);
        }

        var html = await pages.RenderAsync<ProfilePage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ProfilePage.Profile)] = profile.ForRespondent(),
            [nameof(ProfilePage.Language)] = lang,
            [nameof(ProfilePage.Respondent)] = true,
        });
        return new OrganisationQueryResult(200, null, html, null, null);
    }

    /// <summary>One organisation's profile, or the problem: 400 for text that is no business id, 404 for one without notices.</summary>
    public async Task<(OrganisationProfile? Profile, OrganisationQueryResult? Problem)> FindAsync(string? businessId, CancellationToken cancellationToken)
    {
        if (!BusinessId.TryParse(businessId, out var id))
        {
            return (null, OrganisationQueryResult.Problem(400, "Not a business id", $"'{businessId}' is not a Finnish business id; use the form 1234567-8."));
        }

        var profile = (await profiles.BuildAsync(cancellationToken)).FirstOrDefault(p => p.BusinessId == id.Value);
        return profile is null
            ? (null, OrganisationQueryResult.Problem(404, "No such organisation", $"No stored notice names {id.Value} as a buyer."))
            : (profile, null);
    }

    /// <summary>Reads a sector name (<c>state</c>, <c>municipal</c>, <c>other</c>, <c>unknown</c>; case-insensitive).</summary>
    public static bool TryParseSector(string? text, out Sector sector)
    {
        sector = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse(text.Trim(), ignoreCase: true, out sector) && Enum.IsDefined(sector);
    }
}
