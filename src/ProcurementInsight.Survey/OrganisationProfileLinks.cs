using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Organisations.Profiles;

namespace ProcurementInsight.Survey;

/// <summary>
/// The signed, expiring link to a respondent's own organisation profile. The token is the business id's eight digits
/// (4 bytes), the expiry (4 bytes, Unix seconds), the language (1 byte) and the first 16 bytes of an HMAC-SHA256 under
/// the survey's signing key with the purpose <c>profile</c>, base64url (34 characters): a survey link (purpose
/// <c>link</c>, 43 characters) never verifies as one, nor the reverse.
/// </summary>
public sealed class OrganisationProfileLinks(SurveyTokens tokens, SurveyLinksCheck links, IOptions<SurveyOptions> options, TimeProvider time) : IOrganisationProfileLinks
{
    private const string Purpose = "profile";
    private const int PayloadBytes = 9;
    private const int MacBytes = 16;
    private const int TokenLength = 34;

    /// <inheritdoc />
    public string? Create(BusinessId businessId, string language)
    {
        if (links.Check().DisabledBecause is not null)
        {
            return null;
        }

        var token = new byte[PayloadBytes + MacBytes];
        BinaryPrimitives.WriteUInt32BigEndian(token, uint.Parse(businessId.Value.Replace("-", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture));
        BinaryPrimitives.WriteUInt32BigEndian(token.AsSpan(4), (uint)(time.GetUtcNow() + options.Value.ProfileLinkValidFor).ToUnixTimeSeconds());
        var normalized = SurveyTexts.Normalize(language);
        token[8] = (byte)SurveyTexts.Languages.Select((l, i) => (l, i)).First(p => p.l == normalized).i;
        tokens.Mac(Purpose, token.AsSpan(0, PayloadBytes)).AsSpan(0, MacBytes).CopyTo(token.AsSpan(PayloadBytes));
        return Encode(token);
    }

    /// <inheritdoc />
    public ProfileLinkClaim? Verify(string? token)
    {
        if (token is not { Length: TokenLength } || links.Check().DisabledBecause is not null || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return null;
        }

        var bytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "==");
        // Only the canonical spelling: the last character carries four unused bits that must not make a second valid token.
        if (bytes.Length != PayloadBytes + MacBytes || bytes[8] >= SurveyTexts.Languages.Count || Encode(bytes) != token)
        {
            return null;
        }

        var expected = tokens.Mac(Purpose, bytes.AsSpan(0, PayloadBytes)).AsSpan(0, MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadBytes)))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4)));
        var digits = BinaryPrimitives.ReadUInt32BigEndian(bytes).ToString("D8", CultureInfo.InvariantCulture);
        return expiresAt > time.GetUtcNow() && BusinessId.TryParse(digits[..7] + "-" + digits[7], out var id)
            ? new ProfileLinkClaim(id, SurveyTexts.Languages[bytes[8]], expiresAt)
            : null;
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
