namespace ProcurementInsight.Broker.Needs;

/// <summary>The outcome of checking a buyer's API key.</summary>
public enum BuyerAccessStatus
{
    /// <summary>A valid key within its rate limit.</summary>
    Allowed = 0,

    /// <summary>No key, or a key that is not ours: 401.</summary>
    Unauthorized = 1,

    /// <summary>A valid key over its rate limit: 429.</summary>
    RateLimited = 2,
}
