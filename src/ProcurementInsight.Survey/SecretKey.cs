using System.Security.Cryptography;
using System.Text;

namespace ProcurementInsight.Survey;

/// <summary>The bytes of a configured secret key, or a fixed development key when none is configured.</summary>
internal static class SecretKey
{
    /// <summary>
    /// The base64 setting decoded; when it is empty, a fixed key derived from <paramref name="purpose"/>,
    /// which start-up validation allows only while survey links point at loopback (an offline run).
    /// </summary>
    public static byte[] FromSetting(string? base64, string purpose) =>
        string.IsNullOrWhiteSpace(base64)
            ? SHA256.HashData(Encoding.UTF8.GetBytes($"procurement-insight offline development {purpose} key; never used with a public link"))
            : Convert.FromBase64String(base64);
}
