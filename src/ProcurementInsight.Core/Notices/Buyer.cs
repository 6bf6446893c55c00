using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Notices;

/// <summary>A buyer (contracting authority or entity) of a notice.</summary>
/// <param name="Name">Official name (BT-500 of the buyer organisation).</param>
/// <param name="Identifier">Registration number (BT-501), normalised when Finnish.</param>
/// <param name="LegalType">Buyer legal type code (BT-11), e.g. <c>la</c>, <c>cga</c>, <c>body-pl</c>.</param>
/// <param name="NutsCode">NUTS region of the buyer's address (BT-507).</param>
/// <param name="Email">Contact e-mail (BT-506). Personal data: kept only for the follow-up survey.</param>
public sealed record Buyer(
    string Name,
    OrganisationIdentifier? Identifier,
    string? LegalType,
    string? NutsCode,
    string? Email)
{
    /// <summary>The sector derived from <see cref="LegalType"/>.</summary>
    public Sector Sector => BuyerLegalType.ToSector(LegalType);
}
