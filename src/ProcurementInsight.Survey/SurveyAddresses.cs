using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey;

/// <summary>
/// One spelling of an e-mail address for grouping (trimmed, lower case), and its keyed hash for the
/// opt-out table: HMAC-SHA256 under <see cref="SurveyOptions.OptOutKey"/>. A bare SHA-256 of a public
/// address can be matched by anyone who hashes the buyers' published addresses; the keyed hash cannot.
/// </summary>
public sealed class SurveyAddresses
{
    private readonly byte[] _key;

    /// <summary>Creates the keyer from the options.</summary>
    public SurveyAddresses(IOptions<SurveyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = SurveyLinksCheck.SigningKey(options.Value.OptOutKey) ?? SecretKey.FromSetting(null, "opt-out"); // An unusable key switches the survey links off (SurveyLinksCheck).
    }

    /// <summary>The address as the survey compares it: trimmed, in lower case (invariant).</summary>
    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>The address's keyed hash, with the unkeyed one older opt-outs were stored under.</summary>
    public SurveyAddressKey KeyOf(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var bytes = Encoding.UTF8.GetBytes(Normalize(email));
        return new SurveyAddressKey(Convert.ToHexStringLower(HMACSHA256.HashData(_key, bytes)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
