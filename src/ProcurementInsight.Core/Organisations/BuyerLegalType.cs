namespace ProcurementInsight.Core.Organisations;

/// <summary>Maps the eForms buyer legal type (BT-11, code list <c>buyer-legal-type</c>) to a <see cref="Sector"/>.</summary>
public static class BuyerLegalType
{
    /// <summary>
    /// The sector of a BT-11 code. <c>cga</c> (central government authority) and codes suffixed
    /// <c>-cga</c> are state; <c>la</c>, <c>ra</c> and codes suffixed <c>-la</c>/<c>-ra</c> are municipal
    /// (in Finland regional authorities are the wellbeing services counties, municipal by funding
    /// tradition); every other known code is other; missing codes are unknown.
    /// </summary>
    public static Sector ToSector(string? legalType)
    {
        if (string.IsNullOrWhiteSpace(legalType))
        {
            return Sector.Unknown;
        }

        var code = legalType.Trim().ToLowerInvariant();
        if (code == "cga" || code.EndsWith("-cga", StringComparison.Ordinal))
        {
            return Sector.State;
        }

        if (code is "la" or "ra" || code.EndsWith("-la", StringComparison.Ordinal) || code.EndsWith("-ra", StringComparison.Ordinal))
        {
            return Sector.Municipal;
        }

        return Sector.Other;
    }
}
