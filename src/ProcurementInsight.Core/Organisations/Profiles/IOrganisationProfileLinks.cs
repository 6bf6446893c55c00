namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// Signed, expiring links to an organisation's respondent view of its profile, given on the survey's thank-you page.
/// Signed with the survey's key under a purpose of their own, so a survey link never opens a profile nor the reverse.
/// </summary>
public interface IOrganisationProfileLinks
{
    /// <summary>The token for <paramref name="businessId"/> in <paramref name="language"/>; null when links are off (no usable signing key).</summary>
    string? Create(BusinessId businessId, string language);

    /// <summary>What a genuine, unexpired token grants; null for anything forged, cut, malformed or expired.</summary>
    ProfileLinkClaim? Verify(string? token);
}
