namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The hidden ground truth about a simulated notice's innovativeness. The HILMA API never serves it; the
/// statistics answers are noisy self-reports of it.
/// </summary>
/// <param name="TrulyInnovative">New to the market, or a new process for a solution new to the buyer.</param>
/// <param name="NewToMarket">The solution is new to the market or industry.</param>
/// <param name="NewToBuyer">The solution is new to the buyer (always true when new to market).</param>
/// <param name="NewProcess">The procurement used a new process (market dialogue, pilot, innovation partnership).</param>
public sealed record NoticeTruth(bool TrulyInnovative, bool NewToMarket, bool NewToBuyer, bool NewProcess);
