namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>One organisation in a list, with its estimated new-to-the-market share (<see cref="OrganisationShare.Shrunk"/>) and a rank only where the share is known well enough.</summary>
/// <param name="BusinessId">Business id.</param>
/// <param name="Name">Name.</param>
/// <param name="Sector">Sector.</param>
/// <param name="SizeBand">Size band.</param>
/// <param name="Procurements">Procurements.</param>
/// <param name="Euros">Euros.</param>
/// <param name="MarketShare">The estimated new-to-the-market share by count, with its 95 % interval.</param>
/// <param name="ShareRank">
/// Rank by <paramref name="MarketShare"/> among the listed organisations whose interval is narrower than
/// <see cref="OrganisationProfileBuilder.RankableWidth"/>; null for the others, whose share cannot be ranked.
/// </param>
public sealed record OrganisationListEntry(
    string BusinessId,
    string Name,
    Sector Sector,
    string SizeBand,
    int Procurements,
    decimal Euros,
    ShareFigure MarketShare,
    int? ShareRank);
