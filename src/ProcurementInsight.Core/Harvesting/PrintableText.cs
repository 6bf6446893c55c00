using System.Globalization;
using System.Text;

namespace ProcurementInsight.Core.Harvesting;

/// <summary>
/// Text from outside (notice payloads, HILMA keys, parser messages that quote them) made safe to print
/// on a terminal or keep in a record: control characters such as ESC become visible escapes
/// (<c>\u001b</c>), so input can never move the cursor or recolour a terminal, and very long text is cut
/// with a note of how much was left out.
/// </summary>
public static class PrintableText
{
    /// <summary>The printable form of <paramref name="text"/>, at most about <paramref name="maxChars"/> characters.</summary>
    public static string Of(string? text, int maxChars = 2_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxChars) + 16);
        var i = 0;
        for (; i < text.Length && builder.Length < maxChars; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t')
            {
                builder.Append(c);
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPair(text, i)))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    builder.Append(text[++i]);
                }
            }
        }

        if (i < text.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length - i} more characters)");
        }

        return builder.ToString();
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
