namespace ProcurementInsight.Broker.Suppliers;

/// <summary>How many companies of one line of business won contracts in a CPV division.</summary>
/// <param name="Division">The CPV division, two digits.</param>
/// <param name="Winners">Companies of the line of business that won there.</param>
/// <param name="Contracts">Contracts they won there.</param>
public sealed record DivisionWinners(string Division, int Winners, int Contracts);
