using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ProcurementInsight.Survey;

/// <summary>
/// Survey links and form tokens, signed with HMAC-SHA256 under <see cref="SurveyOptions.TokenSigningKey"/>.
/// A link token is the 16-byte invitation id and the first 16 bytes of its MAC, base64url (43 characters):
/// 128 bits nobody can guess without the key, checked by signature, never stored. A form token binds
/// a rendered form to its invitation and the time it was rendered, so a form cannot be posted from
/// elsewhere or long after.
/// </summary>
public sealed class SurveyTokens
{
    private const int IdBytes = 16;
    private const int MacBytes = 16;

    // Used only when no key is configured and links point at loopback (see SurveyLinksCheck).
    private static readonly byte[] DevelopmentKey = SHA256.HashData(Encoding.UTF8.GetBytes("procurement-insight offline development survey key; never used with a public link"));

    // Null when SurveyLinksCheck switched the survey links off: nothing is signed and no token verifies.
    private readonly byte[]? _key;

    /// <summary>Creates the signer from the options; without a usable key it signs nothing (see <see cref="SurveyLinksCheck"/>).</summary>
    public SurveyTokens(IOptions<SurveyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrWhiteSpace(configured) && options.Value.LinkBaseUrl.IsLoopback
            ? DevelopmentKey
            : SurveyLinksCheck.SigningKey(configured);
    }

    /// <summary>The link token of an invitation (its id is 32 hex digits).</summary>
    public string LinkToken(string invitationId)
    {
        var id = Convert.FromHexString(invitationId);
        if (id.Length != IdBytes)
        {
            throw new ArgumentException("An invitation id is 32 hex digits.", nameof(invitationId));
        }

        var token = new byte[IdBytes + MacBytes];
        id.CopyTo(token, 0);
        Mac("link", id).AsSpan(0, MacBytes).CopyTo(token.AsSpan(IdBytes));
        return Base64Url(token);
    }

    /// <summary>The invitation id of a genuine link token; null for anything forged, cut or malformed.</summary>
    public string? VerifyLinkToken(string? token)
    {
        if (token is null || token.Length != 43)
        {
            return null;
        }

        var bytes = FromBase64Url(token);
        if (bytes is not { Length: IdBytes + MacBytes })
        {
            return null;
        }

        var id = bytes.AsSpan(0, IdBytes).ToArray();
        var expected = Mac("link", id).AsSpan(0, MacBytes);
        return CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(IdBytes)) ? Convert.ToHexStringLower(id) : null;
    }

    /// <summary>
    /// The opt-out key of an invitation's address for the <c>List-Unsubscribe</c> link: the invitation id,
    /// the mail's language and a MAC under its own purpose (so it never opens a form), base64url (44 characters).
    /// </summary>
    public string OptOutToken(string invitationId, string language)
    {
        var id = Convert.FromHexString(invitationId);
        if (id.Length != IdBytes)
        {
            throw new ArgumentException("An invitation id is 32 hex digits.", nameof(invitationId));
        }

        var normalized = SurveyTexts.Normalize(language);
        var languageIndex = SurveyTexts.Languages.Select((l, i) => (l, i)).First(p => p.l == normalized).i;
        var token = new byte[IdBytes + 1 + MacBytes];
        id.CopyTo(token, 0);
        token[IdBytes] = (byte)languageIndex;
        Mac("optout", token.AsSpan(0, IdBytes + 1)).AsSpan(0, MacBytes).CopyTo(token.AsSpan(IdBytes + 1));
        return Base64Url(token);
    }

    /// <summary>The invitation id and mail language of a genuine opt-out key; null for anything forged, cut or malformed.</summary>
    public (string InvitationId, string Language)? VerifyOptOutToken(string? token)
    {
        if (token is null || token.Length != 44)
        {
            return null;
        }

        var bytes = FromBase64Url(token);
        if (bytes is not { Length: IdBytes + 1 + MacBytes } || bytes[IdBytes] >= SurveyTexts.Languages.Count)
        {
            return null;
        }

        var expected = Mac("optout", bytes.AsSpan(0, IdBytes + 1)).AsSpan(0, MacBytes);
        return CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(IdBytes + 1))
            ? (Convert.ToHexStringLower(bytes.AsSpan(0, IdBytes)), SurveyTexts.Languages[bytes[IdBytes]])
            : null;
    }

    /// <summary>The anti-forgery token of a form rendered now for the invitation.</summary>
    public string FormToken(string invitationId, DateTimeOffset renderedAt)
    {
        var token = new byte[8 + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(token, renderedAt.ToUnixTimeSeconds());
        Mac("form", FormPayload(invitationId, token.AsSpan(0, 8))).AsSpan(0, MacBytes).CopyTo(token.AsSpan(8));
        return Base64Url(token);
    }

    /// <summary>True when the form token was made for this invitation within <paramref name="lifetime"/> before <paramref name="now"/>.</summary>
    public bool VerifyFormToken(string invitationId, string? token, DateTimeOffset now, TimeSpan lifetime)
    {
        var bytes = token is null || token.Length > 64 ? null : FromBase64Url(token);
        if (bytes is not { Length: 8 + MacBytes })
        {
            return false;
        }

        var expected = Mac("form", FormPayload(invitationId, bytes.AsSpan(0, 8))).AsSpan(0, MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(8)))
        {
            return false;
        }

        var renderedAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes));
        return renderedAt <= now.AddMinutes(1) && now - renderedAt <= lifetime;
    }

    private static byte[] FormPayload(string invitationId, ReadOnlySpan<byte> time) =>
        [.. Encoding.ASCII.GetBytes(invitationId), .. time];

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under the signing key and a purpose, so tokens of one purpose never verify as another.</summary>
    internal byte[] Mac(string purpose, ReadOnlySpan<byte> data)
    {
        // Callers check SurveyLinksCheck first; reaching here without a key is a programming error.
        var key = _key ?? throw new InvalidOperationException("Survey links are off: " + SurveyLinksCheck.Setting + " is not a usable key (GET /api/health says why).");
        byte[] message = [.. Encoding.ASCII.GetBytes(purpose), 0, .. data];
        return HMACSHA256.HashData(key, message);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return null;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }

        // One spelling only: the decoder ignores the unused low bits of the last character, so
        // without this check four different last characters would open the same token.
        return string.Equals(Base64Url(bytes), text, StringComparison.Ordinal) ? bytes : null;
    }
}
