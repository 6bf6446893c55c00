using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// One buyer organisation's innovation profile, from its stored notices, its survey invitations and answers and the
/// classifier's predictions: what it bought when, what it reported, how it answered, and its innovative share beside its peers.
/// </summary>
/// <param name="BusinessId">The organisation's business id (BT-501), normalised.</param>
/// <param name="Name">Its name as its notices give it most often.</param>
/// <param name="Units">Every name its notices give it (its units as HILMA names them), most frequent first.</param>
/// <param name="Sector">Its sector (from BT-11), as most of its notices give it.</param>
/// <param name="SizeBand">Its size band (<see cref="OrganisationSizeBands"/>).</param>
/// <param name="Procurements">Its procurements (a joint procurement counts for each of its buyers).</param>
/// <param name="ProcurementsPerYear">Procurements divided by the years the store covers.</param>
/// <param name="Euros">Their euros, awarded total else estimated value; procurements without either add nothing.</param>
/// <param name="Periods">Procurements by year and quarter.</param>
/// <param name="Signals">Innovation signals it reported, each source apart.</param>
/// <param name="Survey">Survey invitations and answers by phase.</param>
/// <param name="Shares">Its innovative share under each definition, raw and shrunk.</param>
/// <param name="Dimensions">Its own answers summarised (never free text).</param>
/// <param name="PeerDimensions">Its peer group's answers summarised.</param>
/// <param name="Peers">Its peer group and its figures beside the group's.</param>
public sealed record OrganisationProfile(
    string BusinessId,
    string Name,
    IReadOnlyList<string> Units,
    Sector Sector,
    string SizeBand,
    int Procurements,
    double ProcurementsPerYear,
    decimal Euros,
    IReadOnlyList<ProcurementPeriod> Periods,
    IReadOnlyList<SignalCount> Signals,
    SurveyParticipation Survey,
    IReadOnlyList<OrganisationShare> Shares,
    DimensionSummary Dimensions,
    DimensionSummary PeerDimensions,
    PeerGroup Peers)
{
    /// <summary>How the shares were estimated, in plain words.</summary>
    public string Method { get; init; } = OrganisationEffectShrinkage.Method + " " + OrganisationProfileBuilder.EuroMethod;

    /// <summary>The share under a definition.</summary>
    public OrganisationShare Share(ShareDefinition definition) => Shares.First(s => s.Definition == ShareDefinitions.Name(definition));

    /// <summary>The profile a respondent may see: the same figures, without the names of other organisations.</summary>
    public OrganisationProfile ForRespondent() => this with { Peers = Peers with { Members = [] } };
}
