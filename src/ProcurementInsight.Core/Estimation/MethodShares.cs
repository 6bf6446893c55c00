namespace ProcurementInsight.Core.Estimation;

/// <summary>One share read three ways, each with its interval.</summary>
/// <param name="Cc">Classify and count.</param>
/// <param name="Acc">Adjusted classify and count.</param>
/// <param name="Pacc">Probabilistic adjusted classify and count.</param>
public sealed record MethodShares(ShareInterval Cc, ShareInterval Acc, ShareInterval Pacc)
{
    /// <summary>The share by one method.</summary>
    public ShareInterval Get(QuantificationMethod method) => method switch
    {
        QuantificationMethod.Cc => Cc,
        QuantificationMethod.Acc => Acc,
        QuantificationMethod.Pacc => Pacc,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
