namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// How close two CPV codes are in the code hierarchy (division = 2 digits, group = 3, class = 4,
/// category = 5, then finer). Trailing zeros mark a code's level: <c>45000000</c> is the whole division.
/// </summary>
public static class CpvProximity
{
    /// <summary>
    /// 1 for the same code; 0.9 when <paramref name="supplier"/> lies inside the need's (broader) code; 0.7
    /// when the need lies inside the supplier's broader code; otherwise by the longest shared prefix:
    /// 5+ digits 0.8, 4 digits 0.6, 3 digits 0.45, 2 digits 0.25, none 0.
    /// </summary>
    public static double Between(string need, string supplier)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(supplier);
        if (string.Equals(need, supplier, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var needStem = Stem(need);
        var supplierStem = Stem(supplier);
        if (supplier.StartsWith(needStem, StringComparison.Ordinal))
        {
            return 0.9;
        }

        if (need.StartsWith(supplierStem, StringComparison.Ordinal))
        {
            return 0.7;
        }

        var shared = 0;
        while (shared < need.Length && shared < supplier.Length && need[shared] == supplier[shared])
        {
            shared++;
        }

        return shared switch
        {
            >= 5 => 0.8,
            4 => 0.6,
            3 => 0.45,
            2 => 0.25,
            _ => 0,
        };
    }

    /// <summary>The code without its trailing zeros, at least the two division digits.</summary>
    public static string Stem(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.TrimEnd('0');
        return trimmed.Length >= 2 ? trimmed : code[..Math.Min(2, code.Length)];
    }

    private static readonly int[] PrefixLengths = [2, 3, 4, 5, 8];

    /// <summary>The prefixes a supplier's code is indexed under (division, group, class, category, full code).</summary>
    public static IEnumerable<string> IndexPrefixes(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var length in PrefixLengths)
        {
            if (code.Length >= length)
            {
                yield return code[..length];
            }
        }
    }
}
