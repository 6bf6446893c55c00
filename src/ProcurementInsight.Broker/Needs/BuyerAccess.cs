namespace ProcurementInsight.Broker.Needs;

/// <summary>Whether a request may proceed, and for which organisation.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Organisation">The key's organisation when allowed.</param>
/// <param name="RetryAfter">When rate limited, how long until the next window.</param>
public sealed record BuyerAccess(BuyerAccessStatus Status, string? Organisation, TimeSpan? RetryAfter)
{
    /// <summary>The HTTP status the hosts answer with when not allowed.</summary>
    public int HttpStatus => Status switch
    {
        BuyerAccessStatus.Unauthorized => 401,
        BuyerAccessStatus.RateLimited => 429,
        _ => 200,
    };
}
