namespace ProcurementInsight.Hilma.Api;

/// <summary>A lot inside a search document.</summary>
public sealed record SearchDocumentLot
{
    /// <summary>Lot id, e.g. <c>LOT-0000</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>"Innovation considered" for this lot.</summary>
    public bool? InnovationConsidered { get; init; }

    /// <summary>"New to buyer" for this lot.</summary>
    public bool? SolutionNewToBuyer { get; init; }

    /// <summary>"New to market or industry" for this lot.</summary>
    public bool? SolutionNewToMarketOrIndustry { get; init; }
}
