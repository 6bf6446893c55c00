namespace ProcurementInsight.Core.Broker;

/// <summary>A company of the register field snapshot: what ranking a potential supplier needs, nothing more.</summary>
/// <param name="BusinessId">Business id, normalised.</param>
/// <param name="Name">Current name.</param>
/// <param name="LineCode">Main line of business, a TOL 2008 code.</param>
/// <param name="City">Registered office's post town, as the register writes it.</param>
/// <param name="Form">Company form as the register describes it (Finnish first), e.g. <c>Osakeyhtiö</c>.</param>
/// <param name="RegisteredOn">When the business id was granted.</param>
/// <param name="ContractsWon">Contracts it won in the harvested result notices (0 for most).</param>
public sealed record RegisterFieldCompany(string BusinessId, string Name, string LineCode, string? City, string? Form, DateOnly? RegisteredOn, int ContractsWon);
