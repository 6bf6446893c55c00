namespace ProcurementInsight.Core.Survey;

/// <summary>E-mail addresses that asked to receive no more surveys. Kept as keyed hashes, not as addresses.</summary>
public interface ISurveyOptOutStore
{
    /// <summary>Records that the address opted out, under its <see cref="SurveyAddressKey.Key"/>.</summary>
    Task AddAsync(SurveyAddressKey address, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// True when the address opted out: recorded under its <see cref="SurveyAddressKey.Key"/>, or under its
    /// <see cref="SurveyAddressKey.LegacyKey"/> by a version that kept bare SHA-256 hashes.
    /// </summary>
    Task<bool> ContainsAsync(SurveyAddressKey address, CancellationToken cancellationToken);
}
