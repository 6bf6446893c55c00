using System.Text;

namespace ProcurementInsight.Broker.Profiles;

/// <summary>Normalises company names so the same winner published with small differences is recognised.</summary>
public static class SupplierNames
{
    // Legal-form words say nothing about who the company is: "Kivi Oy" and "Kivi Oy Ab" are the same winner.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "oy", "oyj", "ab", "abp", "ky", "ay", "tmi", "osakeyhtiö", "aktiebolag", "osuuskunta", "ltd", "limited",
        "gmbh", "ag", "as", "asa", "aps", "oü", "inc", "llc", "plc", "bv", "sa", "srl", "oy/ab", "co",
    };

    /// <summary>Lower case, punctuation to spaces, legal forms dropped, spaces collapsed; empty when nothing is left.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)).ToArray();
        return string.Join(' ', words);
    }
}
