namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>A member of a peer group, for analysts only (the respondent view names no other organisation).</summary>
/// <param name="BusinessId">The member's business id.</param>
/// <param name="Name">Its name.</param>
public sealed record PeerMember(string BusinessId, string Name);
