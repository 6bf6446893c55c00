namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>
/// The organisations an organisation is compared with, and whose answering organisations' departures from the classifier give τ (<see cref="OrganisationEffectShrinkage"/>): the same sector and size band
/// (<see cref="OrganisationSizeBands"/>), widened to the whole sector, then to every organisation, while it has fewer than
/// <see cref="OrganisationProfileBuilder.MinimumPeers"/> organisations.
/// </summary>
/// <param name="Key">What the group is: e.g. <c>Municipal/small</c>, <c>Municipal</c> or <c>all</c>.</param>
/// <param name="Organisations">How many organisations are in it, the organisation included.</param>
/// <param name="Figures">The organisation beside the group's median and quartiles.</param>
/// <param name="Members">The group's organisations (analysts only; empty in the respondent view).</param>
public sealed record PeerGroup(string Key, int Organisations, IReadOnlyList<PeerFigure> Figures, IReadOnlyList<PeerMember> Members);
