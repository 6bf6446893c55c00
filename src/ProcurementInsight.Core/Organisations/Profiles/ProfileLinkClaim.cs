namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>What a genuine profile link grants.</summary>
/// <param name="BusinessId">The organisation whose profile it opens.</param>
/// <param name="Language">The language it was issued in (<c>fi</c>, <c>sv</c>, <c>en</c>).</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record ProfileLinkClaim(BusinessId BusinessId, string Language, DateTimeOffset ExpiresAt);
