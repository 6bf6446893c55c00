namespace ProcurementInsight.Broker.Matching;

/// <summary>A won contract that supports a match.</summary>
/// <param name="NoticeKey">The result notice.</param>
/// <param name="Title">The contract's title.</param>
/// <param name="Cpv">Its CPV code.</param>
/// <param name="Buyer">Its buyer.</param>
/// <param name="Region">Its buyer's NUTS code.</param>
/// <param name="AwardedOn">When it was published, <c>yyyy-MM-dd</c>.</param>
/// <param name="Innovative">Marked innovative.</param>
/// <param name="MatchedTerms">Need terms (stemmed) found in its title.</param>
/// <param name="CpvProximity">Its code's proximity to the need's.</param>
public sealed record MatchedContract(
    string NoticeKey,
    string Title,
    string? Cpv,
    string Buyer,
    string? Region,
    string AwardedOn,
    bool Innovative,
    IReadOnlyList<string> MatchedTerms,
    double CpvProximity);
