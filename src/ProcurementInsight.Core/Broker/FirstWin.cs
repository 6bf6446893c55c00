namespace ProcurementInsight.Core.Broker;

/// <summary>
/// A company's first won contract in the harvested result notices, with what the company register says about the
/// winner: the examples the potential supplier field learns first-time winners from. Only contracts won after the
/// harvest's first months count, so a company whose first contract simply predates the harvest is not one.
/// </summary>
/// <param name="Cpv">The contract's main CPV code (BT-262), eight digits.</param>
/// <param name="LineCode">The winner's main line of business (TOL 2008), from the register.</param>
/// <param name="Form">The winner's company form as the register describes it, e.g. <c>Osakeyhtiö</c>.</param>
/// <param name="RegisteredOn">When the winner's business id was granted.</param>
/// <param name="City">The winner's registered office's post town (upper case), from the register.</param>
/// <param name="HomeRegion">The NUTS 3 region the winner's result notices give as its own (BT-507), or null.</param>
/// <param name="BuyerRegion">The buyer's NUTS 3 region (BT-507), or null.</param>
/// <param name="AwardedOn">The result notice's publication date.</param>
public sealed record FirstWin(string Cpv, string LineCode, string? Form, DateOnly? RegisteredOn, string? City, string? HomeRegion, string? BuyerRegion, DateOnly AwardedOn);
