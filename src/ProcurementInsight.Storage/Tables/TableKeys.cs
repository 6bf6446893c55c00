using System.Globalization;
using System.Text;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// Makes text safe as a PartitionKey or RowKey: Azure forbids <c>/ \ # ?</c> and control characters
/// there, so those (and <c>%</c>, the escape itself) become <c>%XX</c>. Ordinary keys such as
/// <c>EF-48640</c> or <c>LOT-0001</c> stay as they are.
/// </summary>
internal static class TableKeys
{
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first <paramref name="length"/> hex digits of a content hash, to tell versions apart in keys.
    /// </summary>
    public static string ShortHash(string contentHash, int length = 16) =>
        contentHash.Length <= length ? contentHash.ToLowerInvariant() : contentHash[..length].ToLowerInvariant();

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
