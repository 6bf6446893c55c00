using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The hidden ground truth about a simulated notice's innovativeness. The HILMA API never serves it; the
/// statistics answers are noisy self-reports of it.
/// </summary>
/// <param name="TrulyInnovative">New to the market, or a new process for a solution new to the buyer.</param>
/// <param name="NewToMarket">The solution is new to the market or industry.</param>
/// <param name="NewToBuyer">The solution is new to the buyer (always true when new to market).</param>
/// <param name="NewProcess">The procurement used a new process (market dialogue, pilot, innovation partnership).</param>
public sealed record NoticeTruth(bool TrulyInnovative, bool NewToMarket, bool NewToBuyer, bool NewProcess)
{
    /// <summary>
    /// Whether the truth counts as innovative under a definition, read as a survey answer is read
    /// (<see cref="ShareDefinitions.IsInnovative(Core.Survey.SurveyLabel, ShareDefinition)"/>): market is new to the market;
    /// buyer is new to the buyer or to the market; any is either, a new process, or truly innovative.
    /// </summary>
    public bool IsInnovative(ShareDefinition definition) => definition switch
    {
        ShareDefinition.Market => NewToMarket,
        ShareDefinition.Buyer => NewToBuyer || NewToMarket,
        ShareDefinition.Any => NewToBuyer || NewToMarket || NewProcess || TrulyInnovative,
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };
}
