using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>Reads eForms value types (dates with offsets, amounts, codes) without throwing.</summary>
internal static class EFormsValues
{
    /// <summary>The trimmed text of an element, or null when the element is missing or empty.</summary>
    public static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var value = OwnText(element).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The element's own text: its text nodes, not its descendants'. eForms basic components hold text
    /// only; reading just one level also keeps a hostile, deeply nested element from exhausting the stack
    /// (<see cref="XElement.Value"/> recurses through descendants).
    /// </summary>
    public static string OwnText(XElement element)
    {
        if (!element.HasElements)
        {
            return element.Value;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText part)
            {
                text.Append(part.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>The value of an attribute, trimmed, or null.</summary>
    public static string? Attribute(XElement element, XName name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>True when the element's <c>listName</c> attribute is the given code list.</summary>
    public static bool HasList(XElement element, string listName) =>
        string.Equals(element.Attribute(EFormsNames.ListName)?.Value, listName, StringComparison.Ordinal);

    /// <summary>
    /// An amount with its <c>currencyID</c> (BT-27, BT-720). Null when either is missing or the amount is
    /// not a number: a sum without a currency cannot be compared with anything.
    /// </summary>
    public static Money? Money(XElement? element)
    {
        var text = Text(element);
        // Text is null for a null element, so element! is only reached when it is set.
        if (text is null || element!.Attribute(EFormsNames.CurrencyId)?.Value.Trim() is not { Length: > 0 } currency)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            ? new Money(amount, currency.ToUpperInvariant())
            : null;
    }

    /// <summary>
    /// Combines an xs:date and an optional xs:time (BT-05, OPP-012) into an instant. The offset is the
    /// time's, else the date's (<c>+02:00</c>, <c>Z</c>); a value without an offset is taken as UTC.
    /// The published offset is kept; equality of <see cref="DateTimeOffset"/> compares instants.
    /// </summary>
    public static DateTimeOffset? Instant(string? date, string? time)
    {
        if (date is null || date.Length < 10
            || !DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        if (!TryOffset(date.AsSpan(10), out var offset))
        {
            return null;
        }

        var clock = TimeOnly.MinValue;
        if (time is not null)
        {
            var split = OffsetStart(time);
            if (!TimeOnly.TryParse(time.AsSpan(0, split), CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
            {
                return null;
            }

            if (split < time.Length)
            {
                if (!TryOffset(time.AsSpan(split), out offset))
                {
                    return null;
                }
            }
        }

        // 0001-01-01+14:00 and 9999-12-31-14:00 lie outside DateTimeOffset's range.
        var local = day.ToDateTime(clock);
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks
            ? null
            : new DateTimeOffset(local, offset);
    }

    private static int OffsetStart(string time)
    {
        for (var i = 1; i < time.Length; i++)
        {
            if (time[i] is 'Z' or 'z' or '+' or '-')
            {
                return i;
            }
        }

        return time.Length;
    }

    private static bool TryOffset(ReadOnlySpan<char> suffix, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        suffix = suffix.Trim();
        if (suffix.IsEmpty || suffix is "Z" or "z")
        {
            return true;
        }

        if (suffix.Length != 6 || suffix[0] is not ('+' or '-')
            || !TimeSpan.TryParseExact(suffix[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var magnitude)
            || magnitude > TimeSpan.FromHours(14))
        {
            return false;
        }

        offset = suffix[0] == '-' ? -magnitude : magnitude;
        return true;
    }
}
