namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A buyer (contracting authority or entity) of the simulated population.</summary>
/// <param name="Name">Official name.</param>
/// <param name="BusinessId">Finnish business id with a valid check digit, <c>1234567-8</c>.</param>
/// <param name="LegalType">BT-11 buyer legal type: <c>cga</c>, <c>la</c>, <c>ra</c>, <c>body-pl</c>, <c>pub-undert</c>.</param>
/// <param name="Activity">BT-10 main activity (<c>gen-pub</c>, <c>health</c>, …).</param>
/// <param name="Nuts">NUTS 3 code of the buyer's address.</param>
/// <param name="City">Post town.</param>
/// <param name="Street">Street address.</param>
/// <param name="PostalZone">Postal code.</param>
/// <param name="Domain">Web and e-mail domain.</param>
/// <param name="Language">Notice language: <c>FIN</c>, <c>SWE</c> or <c>ENG</c>.</param>
/// <param name="InnovationPropensity">Multiplier of innovation rates; some buyers innovate far more than others.</param>
public sealed record SimulatedBuyer(
    string Name,
    string BusinessId,
    string LegalType,
    string Activity,
    string Nuts,
    string City,
    string Street,
    string PostalZone,
    string Domain,
    string Language,
    double InnovationPropensity)
{
    /// <summary>Contact e-mail at the buyer's domain.</summary>
    public string Email => "hankinnat@" + Domain;
}
