namespace ProcurementInsight.Core.Survey;

/// <summary>E-mail addresses that asked to receive no more surveys. Kept as hashes, not as addresses.</summary>
public interface ISurveyOptOutStore
{
    /// <summary>Records that the address opted out.</summary>
    Task AddAsync(string email, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True when the address opted out.</summary>
    Task<bool> ContainsAsync(string email, CancellationToken cancellationToken);
}
