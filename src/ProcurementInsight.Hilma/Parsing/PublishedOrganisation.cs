using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>An organisation of <c>efac:Organizations</c>, as far as the notice model needs it.</summary>
/// <param name="Name">Official name (BT-500), in the notice language when published in several.</param>
/// <param name="Identifier">Registration number (BT-501), normalised when Finnish.</param>
/// <param name="NutsCode">NUTS code of the postal address (BT-507).</param>
/// <param name="Email">Contact e-mail (BT-506).</param>
internal sealed record PublishedOrganisation(string Name, OrganisationIdentifier? Identifier, string? NutsCode, string? Email);
