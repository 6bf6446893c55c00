namespace ProcurementInsight.Core.Estimation;

/// <summary>What counts as innovative. Every estimate names one; they are never mixed.</summary>
public enum ShareDefinition
{
    /// <summary>The solution was new to the market or industry (about 5 % of procurements).</summary>
    Market = 0,

    /// <summary>The solution was new to the buyer (about 45 %); includes everything new to the market.</summary>
    Buyer = 1,

    /// <summary>Any innovation element: new to the market, new to the buyer, or a new procedure.</summary>
    Any = 2,
}
