using System.Diagnostics.CodeAnalysis;

namespace ProcurementInsight.Core.Notices;

/// <summary>
/// A Common Procurement Vocabulary code (BT-262, BT-263): eight digits, optionally published with a
/// check digit (<c>45000000-7</c>), which is dropped.
/// </summary>
public readonly record struct CpvCode
{
    private CpvCode(string value) => Value = value;

    /// <summary>The eight digits.</summary>
    public string Value { get; }

    /// <summary>The division: the first two digits (e.g. <c>45</c>, construction work).</summary>
    public string Division => Value[..2];

    /// <summary>The group: the first three digits.</summary>
    public string Group => Value[..3];

    /// <summary>Parses a CPV code.</summary>
    /// <exception cref="FormatException">The text is not a CPV code.</exception>
    public static CpvCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CPV code.");

    /// <summary>Tries to parse a CPV code: eight digits, then optionally a dash and a check digit.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CpvCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Length == 10 && s[8] == '-' && char.IsAsciiDigit(s[9]))
        {
            s = s[..8];
        }

        if (s.Length != 8)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        code = new CpvCode(s.ToString());
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
