using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ProcurementInsight.Core.Organisations;

/// <summary>
/// A Finnish business identity code (Y-tunnus), always held in the normalised form <c>1234567-8</c>
/// with a valid check digit.
/// </summary>
/// <remarks>
/// Accepted inputs: <c>1234567-8</c>, the VAT form <c>FI12345678</c>, the old six-digit form
/// <c>123456-7</c> (a leading zero is added), with or without spaces. The check digit is computed
/// with weights 7, 9, 10, 5, 8, 4, 2 modulo 11; a remainder of 1 is never issued.
/// </remarks>
public readonly record struct BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value) => Value = value;

    /// <summary>The normalised form, <c>1234567-8</c>.</summary>
    public string Value { get; }

    /// <summary>The VAT number form used in eForms and the EU, <c>FI12345678</c>.</summary>
    public string VatNumber => "FI" + Value.Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>Parses a business id in any accepted form.</summary>
    /// <exception cref="FormatException">The text is not a valid Finnish business id.</exception>
    public static BusinessId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a valid Finnish business id.");

    /// <summary>Tries to parse a business id in any accepted form, validating its check digit.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BusinessId businessId)
    {
        businessId = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> digits = stackalloc char[8];
        var count = 0;
        var s = text.Trim();
        if (s.StartsWith("FI", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        var dashSeen = false;
        var digitsBeforeDash = 0;
        foreach (var c in s)
        {
            if (c is ' ' or '\u00A0' or '.')
            {
                continue;
            }

            if (c == '-')
            {
                if (dashSeen)
                {
                    return false;
                }

                dashSeen = true;
                digitsBeforeDash = count;
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == digits.Length)
            {
                return false;
            }

            digits[count++] = c;
        }

        if (dashSeen && count - digitsBeforeDash != 1)
        {
            return false;
        }

        if (count == 7)
        {
            // Old six-digit form 123456-7: the body gets a leading zero.
            digits[..7].CopyTo(digits[1..]);
            digits[0] = '0';
            count = 8;
        }

        if (count != 8)
        {
            return false;
        }

        var check = CheckDigit(digits[..7]);
        if (check is null || digits[7] - '0' != check)
        {
            return false;
        }

        businessId = new BusinessId(string.Create(CultureInfo.InvariantCulture, $"{digits[..7]}-{digits[7]}"));
        return true;
    }

    /// <summary>Computes the check digit of a seven-digit body, or null when no valid id has that body.</summary>
    public static int? CheckDigit(ReadOnlySpan<char> body)
    {
        if (body.Length != 7)
        {
            throw new ArgumentException("A business id body has seven digits.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        return remainder switch
        {
            0 => 0,
            1 => null,
            _ => 11 - remainder,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
