namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A winning tender in a lot.</summary>
/// <param name="Supplier">The winner.</param>
/// <param name="Value">BT-720 tender value in euros.</param>
public sealed record LotAward(SimulatedSupplier Supplier, decimal Value);
